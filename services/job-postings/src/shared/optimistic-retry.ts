import { ConflictError } from '@vetlink/http';

const ATTEMPTS = 3;

/**
 * Read, decide, write-if-unchanged: `attempt` returns undefined when its conditional write found the
 * document changed since it was read; it is then tried again on the fresh state, a few times at most.
 */
export async function withOptimisticRetry<Result>(
  what: string,
  attempt: () => Promise<Result | undefined>,
): Promise<Result> {
  for (let round = 0; round < ATTEMPTS; round += 1) {
    const result = await attempt();
    if (result !== undefined) return result;
  }
  throw new ConflictError(`${what} kept changing while this request was saving it; reload it and try again`);
}
