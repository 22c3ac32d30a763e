interface Waiting<Key, Value> {
  key: Key;
  resolve: (value: Value) => void;
  reject: (error: unknown) => void;
}

/**
 * Group lookups: callers ask for one key each and wait; while one batched read is on its way, the next
 * keys gather and go together in the following one (as `InsertBatcher` does for inserts). For reads
 * that a store answers far cheaper as one query than as many round trips, e.g. "which of these ids are
 * in a small collection". `fetch` answers for the keys it is given; a key it leaves out gets `missing`.
 * A failed fetch rejects the callers of that batch only.
 */
export class LookupBatcher<Key, Value> {
  private waiting: Waiting<Key, Value>[] = [];
  private flushing = false;

  constructor(
    private readonly fetch: (keys: Key[]) => Promise<ReadonlyMap<Key, Value>>,
    private readonly missing: Value,
    private readonly maxBatch = 500,
  ) {}

  get(key: Key): Promise<Value> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        await this.read(batch);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async read(batch: Waiting<Key, Value>[]): Promise<void> {
    try {
      const found = await this.fetch([...new Set(batch.map(({ key }) => key))]);
      for (const caller of batch)
        caller.resolve(found.has(caller.key) ? (found.get(caller.key) as Value) : this.missing);
    } catch (error) {
      for (const caller of batch) caller.reject(error);
    }
  }
}
