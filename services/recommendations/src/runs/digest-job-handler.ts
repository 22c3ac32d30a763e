import { Injectable } from '@nestjs/common';
import { createLogger } from '@vetlink/logging';
import { AfterLastAttempt, Job, ProcessJob } from '@vetlink/queues';
import { ComposeDigest } from '../digests/compose-digest';
import { digestTaskOf, type DigestTask } from '../digests/digest-task';
import type { DigestOutcome } from '../digests/domain/digest-window';
import { digestsQueue } from '../queues/digest-queues';
import { SERVICE_NAME } from '../service-name';
import { RunProgress } from './run-progress';
import { VeteranInputs } from './veteran-inputs';

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
    private readonly veterans: VeteranInputs,
  ) {}

  @ProcessJob(digestsQueue, 'digest')
  async process(job: Job<DigestTask>): Promise<DigestOutcome> {
    const task = digestTaskOf(job.data);
    const done = await this.progress.outcomeOf(task.runId, task.veteranId);
    if (done) return done;
    const veteran = await this.veterans.forDigest(task);
    // A veteran the read model no longer knows was erased since the fan-out: nothing to send.
    const outcome = veteran ? await this.compose.execute(task, veteran) : 'nothing-new';
    await this.progress.recordOutcome(task.runId, task.veteranId, outcome);
    return outcome;
  }

  @AfterLastAttempt(digestsQueue, 'digest')
  async recordFailure(job: Job<DigestTask>, error: Error): Promise<void> {
    const { runId, veteranId } = digestIdsOf(job.data);
    if (!runId || !veteranId) {
      this.logger.warn({ jobId: job.id, err: error }, 'a malformed digest job failed after its last try');
      return;
    }
    this.logger.warn({ runId, veteranId, err: error }, 'digest failed after its last try');
    await this.progress.recordFailure(runId, veteranId, error.message);
  }
}

/** The ids of a job's task, however malformed the rest (a job queued by an older version names its veteran inside). */
function digestIdsOf(data: unknown): { runId?: string; veteranId?: string } {
  const task = (data ?? {}) as { runId?: unknown; veteranId?: unknown; veteran?: { veteranId?: unknown } };
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  return { runId: text(task.runId), veteranId: text(task.veteranId) ?? text(task.veteran?.veteranId) };
}
