import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { CLAIM_MODEL, ClaimRecord } from './session.schema';

/** The claims collection: every operation names claims by `_id`, the one index FerretDB 1.x uses. */
@Injectable()
export class ClaimsRepository {
  constructor(@InjectModel(CLAIM_MODEL) private readonly claims: Model<ClaimRecord>) {}

  /** True when this session now holds the claim; false when someone else's claim has that `_id`. */
  async tryClaim(id: string, sessionId: string, claimedAt: Date, releaseAfter: Date): Promise<boolean> {
    try {
      await this.claims.collection.insertOne({ _id: id as never, sessionId, claimedAt, releaseAfter });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * Claims all of `ids` in one ordered insert (one round trip); on the first duplicate it stops and
   * answers that id, after letting go of those this call did insert. Undefined when all are held now.
   */
  async tryClaimAll(
    ids: readonly string[],
    sessionId: string,
    claimedAt: Date,
    releaseAfter: Date,
  ): Promise<string | undefined> {
    if (ids.length === 0) return undefined;
    const documents = ids.map((id) => ({ _id: id as never, sessionId, claimedAt, releaseAfter }));
    try {
      await this.claims.collection.insertMany(documents, { ordered: true });
      return undefined;
    } catch (error) {
      const first = firstWriteError(error);
      if (!isDuplicateKeyError(error) && !isDuplicateKeyError(first)) throw error;
      // Ordered: the ones before the refused one were inserted by this call, none after it.
      const index = typeof first?.index === 'number' ? first.index : undefined;
      await this.release(index === undefined ? ids : ids.slice(0, index), sessionId);
      return index === undefined ? ids[0] : ids[index];
    }
  }

  /**
   * Lets go of the claims among `ids` that this session holds (never another session's). Each is read
   * and deleted by `_id` alone, the only filter FerretDB 1.x answers from an index. Between the read and
   * the delete no one else touches a claim its session holds: the sweep leaves claims of sessions
   * changed within the grace period alone (sweep-claims.ts).
   */
  async release(ids: readonly string[], sessionId: string): Promise<void> {
    await Promise.all(
      ids.map(async (id) => {
        const claim = await this.claims.findById(id, { sessionId: 1 }).lean<ClaimRecord>();
        if (claim?.sessionId === sessionId) await this.claims.deleteOne({ _id: id });
      }),
    );
  }

  async setReleaseAfter(ids: readonly string[], releaseAfter: Date): Promise<void> {
    await Promise.all(ids.map((id) => this.claims.updateOne({ _id: id }, { $set: { releaseAfter } })));
  }

  /** Drops claims whose time has passed (past blocks, a finished session's place among the upcoming). */
  async releaseExpired(now: Date): Promise<number> {
    const result = await this.claims.deleteMany({ releaseAfter: { $lte: now } });
    return result.deletedCount;
  }

  /** Claims made before `before`: the sweep checks each against its session. */
  async claimedBefore(before: Date, limit: number): Promise<ClaimRecord[]> {
    return this.claims
      .find({ claimedAt: { $lt: before } }, { sessionId: 1, claimedAt: 1 })
      .limit(limit)
      .lean<ClaimRecord[]>();
  }

  async deleteOne(id: string, sessionId: string): Promise<void> {
    await this.release([id], sessionId);
  }

  /** Claims whose `_id` starts with `prefix` (a range on `_id`: `;` is the character after `:`). */
  async withPrefix(prefix: string): Promise<ClaimRecord[]> {
    return this.claims.find({ _id: { $gte: prefix, $lt: `${prefix.slice(0, -1)};` } }).lean<ClaimRecord[]>();
  }

  async deleteWithPrefix(prefix: string): Promise<void> {
    await this.claims.deleteMany({ _id: { $gte: prefix, $lt: `${prefix.slice(0, -1)};` } });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.claims.findById(id).lean<ClaimRecord>()) !== null;
  }
}

function firstWriteError(error: unknown): { index?: unknown; code?: unknown } | undefined {
  const writeErrors = (error as { writeErrors?: { index?: unknown; code?: unknown }[] } | null)?.writeErrors;
  return Array.isArray(writeErrors) ? writeErrors[0] : undefined;
}
