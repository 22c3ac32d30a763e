/**
 * A reading taken from an engine on scrape (consumer lag from Kafka, queue depths from Redis, the
 * outbox backlog from MongoDB), kept for `ttlMs` so that frequent scrapes do not load the engine, and
 * bounded by `timeoutMs` so that a slow or absent engine never makes a scrape slow: the scrape then gets
 * the last reading (or none), while the request in flight may still refresh it for the next one.
 */
export class CachedReading<T> {
  private value: T | undefined;
  private takenAt = -Infinity;
  private inFlight?: Promise<void>;

  constructor(
    private readonly take: () => Promise<T>,
    private readonly options: { ttlMs: number; timeoutMs: number; now?: () => number },
  ) {}

  /** The last reading when fresh, else a new one if it comes within the timeout, else the last one. */
  async read(): Promise<T | undefined> {
    const now = this.options.now ?? Date.now;
    if (now() - this.takenAt < this.options.ttlMs) return this.value;
    this.inFlight ??= this.take()
      .then((value) => {
        this.value = value;
        this.takenAt = now();
      })
      // A failed reading keeps the last one; the next scrape tries again.
      .catch(() => undefined)
      .finally(() => (this.inFlight = undefined));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.timeoutMs);
      timer.unref();
    });
    await Promise.race([this.inFlight, timeout]).finally(() => clearTimeout(timer));
    return this.value;
  }
}

/** What engine readings on scrape wait at most, and how long one is reused (a scrape is every 15–30 s). */
export const SCRAPE_READING = { ttlMs: 5_000, timeoutMs: 1_500 };
