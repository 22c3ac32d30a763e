import { createIndexesAtStartup, insertManyOutcomes, isDuplicateKeyError } from '@vetlink/persistence';

/** The slice of a MongoDB collection the ledger needs. */
export interface LedgerCollection {
  findOne(filter: object, options?: object): Promise<unknown>;
  insertOne(document: object): Promise<unknown>;
  insertMany(documents: never[], options: { ordered: false }): Promise<unknown>;
  deleteMany(filter: object): Promise<{ deletedCount: number }>;
  createIndex(spec: Record<string, 1 | -1>): Promise<string>;
}

/**
 * Which events a consumer group has already applied, kept in the consumer's own database so that a
 * redelivered event is skipped. FerretDB 1.x has no TTL indexes, so old entries are pruned by `prune`,
 * which the service runs on a schedule.
 */
export class ProcessedEventLedger {
  constructor(
    private readonly collection: LedgerCollection,
    private readonly groupId: string,
  ) {}

  async ensureIndexes(): Promise<void> {
    await createIndexesAtStartup([() => this.collection.createIndex({ processedAt: 1 })]);
  }

  async has(eventId: string): Promise<boolean> {
    return (await this.collection.findOne({ _id: this.idOf(eventId) }, { projection: { _id: 1 } })) !== null;
  }

  /**
   * Which of these events were applied already. One lookup by `_id` each (FerretDB 1.x answers `$in`
   * on `_id` with a scan of the whole ledger), one after another: hundreds sent at once would wait for a
   * one-connection pool longer than its bounded wait (`waitQueueTimeoutMS`) and fail.
   */
  async processedAmong(eventIds: readonly string[]): Promise<Set<string>> {
    const applied = new Set<string>();
    for (const eventId of eventIds) if (await this.has(eventId)) applied.add(eventId);
    return applied;
  }

  /** Records a batch's events in one unordered insert; those recorded already stay as they were. */
  async recordMany(events: readonly { eventId: string; type: string }[], now = new Date()): Promise<void> {
    await insertManyOutcomes(
      this.collection,
      events.map(({ eventId, type }) => ({
        _id: this.idOf(eventId),
        groupId: this.groupId,
        type,
        processedAt: now,
      })),
    );
  }

  /** An insert, not an upsert: FerretDB 1.x answers inserts many times faster; a repeat is already recorded. */
  async record(eventId: string, type: string, now = new Date()): Promise<void> {
    try {
      await this.collection.insertOne({
        _id: this.idOf(eventId),
        groupId: this.groupId,
        type,
        processedAt: now,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /** Forgets events applied before the cutoff; redeliveries older than the retention are not expected. */
  async prune(olderThan: Date): Promise<number> {
    const result = await this.collection.deleteMany({
      groupId: this.groupId,
      processedAt: { $lt: olderThan },
    });
    return result.deletedCount;
  }

  private idOf(eventId: string): string {
    return `${this.groupId}/${eventId}`;
  }
}
