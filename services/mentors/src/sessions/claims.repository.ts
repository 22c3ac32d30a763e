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
      if (!isDuplicateKeyError(error) && !isDuplicateKeyError(firstWriteError(error))) throw error;
      const held = await this.claims.find({ _id: { $in: [...ids] } }, { sessionId: 1 }).lean<ClaimRecord[]>();
      const holders = new Map(held.map((claim) => [claim._id, claim.sessionId]));
      await this.release(ids, sessionId);
      // The first id someone else holds (or, if it was released meanwhile, the first not ours).
      return (
        ids.find((id) => holders.has(id) && holders.get(id) !== sessionId) ??
        ids.find((id) => !holders.has(id)) ??
        ids[0]
      );
    }
  }

  /** Lets go of the claims among `ids` that this session holds (never another session's). */
  async release(ids: readonly string[], sessionId: string): Promise<void> {
    if (ids.length === 0) return;
    const held = await this.claims.find({ _id: { $in: [...ids] } }, { sessionId: 1 }).lean<ClaimRecord[]>();
    const mine = held.filter((claim) => claim.sessionId === sessionId).map((claim) => claim._id);
    if (mine.length > 0) await this.claims.deleteMany({ _id: { $in: mine } });
  }

  async setReleaseAfter(ids: readonly string[], releaseAfter: Date): Promise<void> {
    if (ids.length > 0) await this.claims.updateMany({ _id: { $in: [...ids] } }, { $set: { releaseAfter } });
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
    await this.claims.deleteOne({ _id: id, sessionId });
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

function firstWriteError(error: unknown): unknown {
  const writeErrors = (error as { writeErrors?: unknown[] } | null)?.writeErrors;
  return Array.isArray(writeErrors) ? writeErrors[0] : undefined;
}
