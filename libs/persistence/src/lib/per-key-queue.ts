/**
 * Runs work one piece at a time per key, within this process, in arrival order: for a decision that
 * spans more than one database command (read one document, then write another), which FerretDB 1.x
 * cannot make atomic.
 */
export class PerKeyQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<Result>(key: string, work: () => Promise<Result>): Promise<Result> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
