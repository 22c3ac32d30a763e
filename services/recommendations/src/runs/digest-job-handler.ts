import { Injectable } from '@nestjs/common';
import { createLogger } from '@vetlink/logging';
import { AfterLastAttempt, Job, ProcessJob } from '@vetlink/queues';
import { ComposeDigest } from '../digests/compose-digest';
import type { DigestTask } from '../digests/digest-task';
import type { DigestOutcome } from '../digests/domain/digest-window';
import { digestsQueue } from '../queues/digest-queues';
import { SERVICE_NAME } from '../service-name';
import { RunProgress } from './run-progress';

/**
 * One veteran's digest job of a run. The outcome recorded in the run's progress ends it: a veteran
 * whose outcome is recorded is not composed again, and the outcome is recorded only once the digest is
 * stored and sent. Once its last try failed, the veteran goes on the run's failed list.
 */
@Injectable()
export class DigestJobHandler {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'digest-runs' });

  constructor(
    private readonly compose: ComposeDigest,
    private readonly progress: RunProgress,
  ) {}

  @ProcessJob(digestsQueue, 'digest')
  async process(job: Job<DigestTask>): Promise<DigestOutcome> {
    const { runId, veteran } = job.data;
    const done = await this.progress.outcomeOf(runId, veteran.veteranId);
    if (done) return done;
    const outcome = await this.compose.execute(job.data);
    await this.progress.recordOutcome(runId, veteran.veteranId, outcome);
    return outcome;
  }

  @AfterLastAttempt(digestsQueue, 'digest')
  async recordFailure(job: Job<DigestTask>, error: Error): Promise<void> {
    const { runId, veteran } = job.data;
    this.logger.warn({ runId, veteranId: veteran.veteranId, err: error }, 'digest failed after its last try');
    await this.progress.recordFailure(runId, veteran.veteranId, error.message);
  }
}
