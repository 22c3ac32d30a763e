import { Injectable } from '@nestjs/common';
import { createLogger } from '@vetlink/logging';
import { AfterLastAttempt, Job, ProcessJob } from '@vetlink/queues';
import { ComposeDigest } from '../digests/compose-digest';
import type { DigestTask } from '../digests/digest-task';
import { digestsQueue } from '../queues/digest-queues';
import { SERVICE_NAME } from '../service-name';
import { RunProgress } from './run-progress';

/** One veteran's digest job of a run; once its last try failed, the veteran goes on the run's failed list. */
@Injectable()
export class DigestJobHandler {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'digest-runs' });

  constructor(
    private readonly compose: ComposeDigest,
    private readonly progress: RunProgress,
  ) {}

  @ProcessJob(digestsQueue, 'digest')
  process(job: Job<DigestTask>) {
    return this.compose.execute(job.data);
  }

  @AfterLastAttempt(digestsQueue, 'digest')
  async recordFailure(job: Job<DigestTask>, error: Error): Promise<void> {
    const { runId, veteran } = job.data;
    this.logger.warn({ runId, veteranId: veteran.veteranId, err: error }, 'digest failed after its last try');
    await this.progress.recordFailure(runId, veteran.veteranId, error.message);
  }
}
