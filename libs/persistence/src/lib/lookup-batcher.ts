import { GroupCommit } from './group-commit';

/**
 * Group lookups: callers ask for one key each and wait; while one batched read is on its way, the next
 * keys gather and go together in the following one (as `InsertBatcher` does for inserts). For reads
 * that a store answers far cheaper as one query than as many round trips, e.g. "which of these ids are
 * in a small collection". `fetch` answers for the keys it is given; a key it leaves out gets `missing`.
 * A failed fetch rejects the callers of that batch only.
 */
export class LookupBatcher<Key, Value> {
  private readonly reads: GroupCommit<Key, Value>;

  constructor(fetch: (keys: Key[]) => Promise<ReadonlyMap<Key, Value>>, missing: Value, maxBatch = 500) {
    this.reads = new GroupCommit(async (batch) => {
      const found = await fetch([...new Set(batch.map(({ request }) => request))]);
      for (const { request, resolve } of batch)
        resolve(found.has(request) ? (found.get(request) as Value) : missing);
    }, maxBatch);
  }

  get(key: Key): Promise<Value> {
    return this.reads.submit(key);
  }
}
