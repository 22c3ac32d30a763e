/** Anything whose indexes can be created: a mongoose model, or a driver collection given its keys. */
export type IndexCreation = () => Promise<unknown>;

export interface StartupPatience {
  /** How long start-up keeps trying before it gives up and the service fails to start. */
  patienceMs: number;
  /** The pause between tries. */
  retryDelayMs: number;
}

const DEFAULT_PATIENCE: StartupPatience = { patienceMs: 120_000, retryDelayMs: 250 };

/**
 * Creates indexes at start-up, waiting as long as that takes. The pool's wait is bounded for requests
 * (a request queued longer than `waitQueueTimeoutMS` is answered 503, see PersistenceModule); at start-up
 * every repository builds its indexes at once through a one-connection pool, and on large collections a
 * build outlasts that bound, so the ones queued behind it would fail the start. Their command never
 * began, so trying it again is safe; any other error fails at once.
 */
export async function createIndexesAtStartup(
  creations: readonly IndexCreation[],
  patience: StartupPatience = DEFAULT_PATIENCE,
): Promise<void> {
  for (const create of creations) await retryWhileQueued(create, patience);
}

async function retryWhileQueued(create: IndexCreation, patience: StartupPatience): Promise<void> {
  const giveUpAt = Date.now() + patience.patienceMs;
  for (;;) {
    try {
      await create();
      return;
    } catch (error) {
      if (!isPoolWaitTimeout(error) || Date.now() >= giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, patience.retryDelayMs));
    }
  }
}

function isPoolWaitTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'MongoWaitQueueTimeoutError';
}
