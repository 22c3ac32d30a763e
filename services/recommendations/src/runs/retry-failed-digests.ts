import { Injectable } from '@nestjs/common';
import { DigestQueues } from '../queues/digest-queues';
import { RunProgress } from './run-progress';

/** Puts the run's failed digests back in the queue, each still at most once; returns how many. */
@Injectable()
export class RetryFailedDigests {
  constructor(
    private readonly queues: DigestQueues,
    private readonly progress: RunProgress,
  ) {}

  async execute(runId: string): Promise<number> {
    let retried = 0;
    let cursor: string | null = '0';
    while (cursor !== null) {
      const page: Awaited<ReturnType<RunProgress['failed']>> = await this.progress.failed(runId, cursor);
      for (const { veteranId } of page.veterans) {
        if (!(await this.queues.retryDigest(runId, veteranId))) continue;
        await this.progress.clearFailure(runId, veteranId);
        retried++;
      }
      cursor = page.next;
    }
    return retried;
  }
}
