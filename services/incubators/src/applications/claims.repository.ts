import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError, createIndexesAtStartup } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { CLAIM_MODEL, ClaimRecord } from './claim.schema';
import { HeldNumber, RETIRED_HOLDER } from './domain/capacity';

/** Whether a claim another application holds was left behind (its holder does not, or no longer, use it). */
export type StaleCheck = (holder: ClaimRecord, now: Date) => Promise<boolean>;

/** Claims by unique `_id` (see ClaimRecord): the only way seats, units, ventures and waitlist places are taken. */
@Injectable()
export class ClaimsRepository implements OnModuleInit {
  constructor(@InjectModel(CLAIM_MODEL) private readonly claims: Model<ClaimRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.claims.createIndexes()]);
  }

  /**
   * Takes the claim for the application: true when it now holds it (also when it already did: a retried
   * request), false when another application holds it.
   */
  async take(claim: Omit<ClaimRecord, 'claimedAt'>, at: Date, isStale?: StaleCheck): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await this.claims.create({ ...claim, claimedAt: at });
        return true;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const holder = await this.claims.findById(claim._id).lean<ClaimRecord>();
        if (holder?.applicationId === claim.applicationId) return true;
        if (!holder || !isStale || !(await isStale(holder, at))) return false;
        // Left behind by a request cut short (or a release that never ran): free it and try once more.
        await this.claims.deleteOne({
          _id: holder._id,
          applicationId: holder.applicationId,
          claimedAt: holder.claimedAt,
        });
      }
    }
    return false;
  }

  /** Takes the first free numbered claim from 1 to `count` (a seat, a unit); its id, or undefined when all are held. */
  async takeFirstFree(
    kind: 'seat' | 'unit',
    scope: string,
    count: number,
    applicationId: string,
    at: Date,
    /** Claims this request already took (a second unit must not be the first one again). */
    skip: readonly string[] = [],
    isStale?: StaleCheck,
  ): Promise<string | undefined> {
    for (let number = 1; number <= count; number += 1) {
      const id = `${kind}:${scope}:${number}`;
      if (skip.includes(id)) continue;
      if (await this.take({ _id: id, kind, scope, number, applicationId }, at, isStale)) return id;
    }
    return undefined;
  }

  /** The next waitlist place: one past the highest taken, each place taken once whatever the concurrency. */
  async takeWaitlistPlace(programmeId: string, applicationId: string, at: Date): Promise<number> {
    const held = await this.claims
      .findOne({ scope: programmeId, kind: 'waitlist', applicationId })
      .lean<ClaimRecord>();
    if (held?.number) return held.number;
    const last = await this.claims
      .find({ scope: programmeId, kind: 'waitlist' })
      .sort({ number: -1 })
      .limit(1)
      .lean<ClaimRecord[]>();
    for (let number = (last[0]?.number ?? 0) + 1; ; number += 1) {
      const claim = {
        _id: `waitlist:${programmeId}:${number}`,
        kind: 'waitlist' as const,
        scope: programmeId,
        number,
      };
      if (await this.take({ ...claim, applicationId }, at)) return number;
    }
  }

  /** Frees claims the application holds (never another's: the filter names the holder). */
  async release(ids: readonly string[], applicationId: string): Promise<void> {
    for (const id of ids) await this.claims.deleteOne({ _id: id, applicationId });
  }

  /**
   * Retires these numbered seats or units (claims them for RETIRED_HOLDER); those an application holds
   * (and uses) stay theirs and are answered as held.
   */
  async retire(
    kind: 'seat' | 'unit',
    scope: string,
    numbers: readonly number[],
    at: Date,
    isStale: StaleCheck,
  ): Promise<{ retired: string[]; held: HeldNumber[] }> {
    const retired: string[] = [];
    const held: HeldNumber[] = [];
    for (const number of numbers) {
      const claim = { _id: `${kind}:${scope}:${number}`, kind, scope, number, applicationId: RETIRED_HOLDER };
      if (await this.take(claim, at, isStale)) {
        retired.push(claim._id);
        continue;
      }
      const holder = await this.claims.findById(claim._id).lean<ClaimRecord>();
      held.push({ number, applicationId: holder?.applicationId ?? 'unknown (freed meanwhile)' });
    }
    return { retired, held };
  }

  /** Lifts the retirements of seats or units numbered up to `upTo` (the count was raised to it). */
  async reopen(kind: 'seat' | 'unit', scope: string, upTo: number): Promise<void> {
    await this.claims.deleteMany({ scope, kind, applicationId: RETIRED_HOLDER, number: { $lte: upTo } });
  }

  async heldBy(applicationId: string): Promise<ClaimRecord[]> {
    return this.claims.find({ applicationId }).limit(1000).lean<ClaimRecord[]>();
  }
}
