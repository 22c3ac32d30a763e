import { isDuplicateKeyError } from './duplicate-key';
import { GroupCommit } from './group-commit';

/**
 * The part of a MongoDB collection the batcher needs: the driver's `Collection` (or a model's
 * `.collection`) fits whatever its document type, so the documents' type is the batcher's to keep.
 */
export interface InsertManyTarget {
  insertMany(docs: never[], options: { ordered: false }): Promise<unknown>;
}

export type InsertOutcome = 'inserted' | 'duplicate';

/**
 * Group commit for inserts: callers insert one document each and wait; while one `insertMany` is on its
 * way, the next documents gather and go together in the following one. Per-document answers stay
 * exact: a duplicate `_id` resolves as `duplicate` (an insert-once record already there), any other
 * failure of a document rejects that caller only. Worth it where each round trip costs much more than
 * a document (FerretDB: ~5x fewer milliseconds per document at 16 per batch).
 */
export class InsertBatcher<Doc> {
  private readonly inserts: GroupCommit<Doc, InsertOutcome>;

  constructor(target: InsertManyTarget, maxBatch = 100) {
    this.inserts = new GroupCommit(async (batch) => {
      const outcomes = await insertEach(
        target,
        batch.map(({ request }) => request),
      );
      batch.forEach(({ resolve, reject }, index) => {
        const outcome = outcomes[index];
        if (typeof outcome === 'string') resolve(outcome);
        else reject(outcome);
      });
    }, maxBatch);
  }

  insert(doc: Doc): Promise<InsertOutcome> {
    return this.inserts.submit(doc);
  }
}

/**
 * One unordered `insertMany` with an answer per document, in order: `inserted`, or `duplicate` when its
 * `_id` (or a unique key) is taken. Any other per-document failure, or a failure of the whole call, rejects.
 * For callers that already hold a batch (a Kafka batch's records); `InsertBatcher` gathers one for you.
 */
export async function insertManyOutcomes<Doc>(
  target: InsertManyTarget,
  docs: readonly Doc[],
): Promise<InsertOutcome[]> {
  if (docs.length === 0) return [];
  const outcomes = await insertEach(target, docs);
  return outcomes.map((outcome) => {
    if (typeof outcome === 'string') return outcome;
    throw Object.assign(new Error(String(outcome.message)), { code: outcome.code });
  });
}

interface WriteFailure {
  code?: unknown;
  message?: unknown;
}

/**
 * One unordered `insertMany`, answered per document: `inserted`, `duplicate`, or the document's write
 * error. Throws when the call failed as a whole.
 */
async function insertEach<Doc>(
  target: InsertManyTarget,
  docs: readonly Doc[],
): Promise<(InsertOutcome | WriteFailure)[]> {
  try {
    await target.insertMany(docs as never[], { ordered: false });
    return docs.map(() => 'inserted');
  } catch (error) {
    const failures = writeErrorsOf(error);
    if (!failures) throw error;
    return docs.map((_, index) => {
      const failure = failures.get(index);
      if (!failure) return 'inserted';
      return isDuplicateKeyError(failure) ? 'duplicate' : failure;
    });
  }
}

/** The per-document errors of an unordered bulk insert, by position; undefined when the whole call failed. */
function writeErrorsOf(error: unknown): Map<number, WriteFailure> | undefined {
  const writeErrors = (error as { writeErrors?: unknown })?.writeErrors;
  if (!writeErrors) return undefined;
  const list = (Array.isArray(writeErrors) ? writeErrors : [writeErrors]) as {
    index: number;
    code?: unknown;
    errmsg?: unknown;
    message?: unknown;
  }[];
  return new Map(
    list.map((entry) => [entry.index, { code: entry.code, message: entry.errmsg ?? entry.message }]),
  );
}
