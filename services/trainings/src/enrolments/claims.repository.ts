import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createIndexesAtStartup, isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { CLAIM_MODEL, ClaimRecord } from './claim.schema';
import { ClaimKind, seatClaimId, seatTryOrder, waitClaimId } from './domain/claims';

/** Whether a claim another holder has was left behind (its holder never wrote, or no longer uses it). */
export type StaleCheck = (held: ClaimRecord, now: Date) => Promise<boolean>;

export interface Claim {
  id: string;
  kind: ClaimKind;
  runId: string;
  number?: number;
}

/** Claims by unique `_id` (domain/claims.ts): the only way seats, places in line and changes are taken. */
@Injectable()
export class ClaimsRepository implements OnModuleInit {
  constructor(@InjectModel(CLAIM_MODEL) private readonly claims: Model<ClaimRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.claims.createIndexes()]);
  }

  /**
   * Takes the claim for `holder`: true when it holds it now (also when it already did: a retry), false
   * when another holds it. A holder left behind (per `isStale`) is removed and the insert tried once more.
   */
  async take(claim: Claim, holder: string, at: Date, isStale?: StaleCheck): Promise<boolean> {
    const { id, ...fields } = claim;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await this.claims.create({ _id: id, ...fields, holder, claimedAt: at });
        return true;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const held = await this.claims.findById(id).lean<ClaimRecord>();
        if (!held) continue; // freed meanwhile
        if (held.holder === holder) return true;
        if (!isStale || !(await isStale(held, at))) return false;
        // Delete only that very claim (same holder, same moment), never one taken again meanwhile.
        await this.claims.deleteOne({ _id: id, holder: held.holder, claimedAt: held.claimedAt });
      }
    }
    return false;
  }

  /** A free seat of the run (1..capacity) for the holder: its number, or undefined when all are held. */
  async takeSeat(runId: string, capacity: number, holder: string, at: Date, isStale: StaleCheck) {
    for (const seatNo of seatTryOrder(capacity)) {
      const claim: Claim = { id: seatClaimId(runId, seatNo), kind: 'seat', runId, number: seatNo };
      if (await this.take(claim, holder, at, isStale)) return seatNo;
    }
    return undefined;
  }

  /** The next place in the run's line: one past the last taken; each place is taken once, whatever the concurrency. */
  async takeWaitlistPlace(runId: string, holder: string, at: Date): Promise<number> {
    const last = await this.claims
      .find({ runId, kind: 'wait' })
      .sort({ number: -1 })
      .limit(1)
      .lean<ClaimRecord[]>();
    for (let place = (last[0]?.number ?? 0) + 1; ; place += 1) {
      const claim: Claim = { id: waitClaimId(runId, place), kind: 'wait', runId, number: place };
      if (await this.take(claim, holder, at)) return place;
    }
  }

  /** Frees claims the holder has (never another's: the filter names the holder). */
  async release(ids: readonly string[], holder: string): Promise<void> {
    for (const id of ids) await this.claims.deleteOne({ _id: id, holder });
  }

  /** Seats held in the run: its claims `<runId>:<seatNo>`, one range of `_id` (digits sort before `:`). */
  async seatsTaken(runId: string): Promise<number> {
    return this.claims.countDocuments({ _id: { $gte: `${runId}:0`, $lt: `${runId}::` } });
  }

  /** Who holds each of the run's seats (holder → seat number), read by the seats' `_id` range. */
  async seatHolders(runId: string): Promise<Map<string, number>> {
    const seats = await this.claims
      .find({ _id: { $gte: `${runId}:0`, $lt: `${runId}::` } })
      .limit(10_000)
      .lean<ClaimRecord[]>();
    return new Map(seats.map((seat) => [seat.holder, seat.number ?? 0]));
  }

  async heldBy(holder: string): Promise<ClaimRecord[]> {
    return this.claims.find({ holder }).limit(1000).lean<ClaimRecord[]>();
  }

  async find(id: string): Promise<ClaimRecord | undefined> {
    return (await this.claims.findById(id).lean<ClaimRecord>()) ?? undefined;
  }
}
