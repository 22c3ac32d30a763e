import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Clock, CLOCK } from '@vetlink/clock';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import type { JoinMemory } from './domain/join';
import { JOINED_FACT_MODEL, JoinedFactRecord } from './joined-fact.schema';

/** Every document under a key: `|` then anything, up to `}` (the next character after `|`). */
const rangeOf = (key: string) => ({ $gte: `${key}|`, $lt: `${key}}` });

/**
 * The memory behind the joins of two topics (applied after told, pushes opened by the job's place): unique
 * inserts and `_id` ranges only, the one race-proof primitive and the one indexed filter on FerretDB.
 */
@Injectable()
export class JoinMemoryRepository implements JoinMemory<unknown> {
  constructor(
    @InjectModel(JOINED_FACT_MODEL) private readonly facts: Model<JoinedFactRecord>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** This memory, typed by the facts one join keeps (each join reads only its own keys). */
  of<Fact>(): JoinMemory<Fact> {
    return this as JoinMemory<unknown> as JoinMemory<Fact>;
  }

  async remember(id: string, fact: unknown, veteranId?: string): Promise<void> {
    await this.insertOnce({
      _id: id,
      fact: fact as Record<string, unknown>,
      ...(veteranId ? { veteranId } : {}),
      recordedAt: this.clock.now(),
    });
  }

  async factsUnder(key: string): Promise<unknown[]> {
    const records = await this.facts.find({ _id: rangeOf(key) }).lean<JoinedFactRecord[]>();
    return records.filter((record) => record.fact && !record.claimedBy).map((record) => record.fact);
  }

  async claim(claimId: string, eventId: string, veteranId?: string): Promise<string> {
    const inserted = await this.insertOnce({
      _id: claimId,
      claimedBy: eventId,
      ...(veteranId ? { veteranId } : {}),
      recordedAt: this.clock.now(),
    });
    if (inserted) return eventId;
    const holder = await this.facts.findById(claimId).lean<JoinedFactRecord>();
    // Erased between the insert and this read: nobody counts it again.
    return holder?.claimedBy ?? '';
  }

  /** Forgets what names the veteran (a writer that finds them erased after writing cleans up after itself). */
  async forgetVeteran(veteranId: string): Promise<void> {
    await this.facts.deleteMany({ veteranId });
  }

  /** True when this call inserted it, false when it was there already. */
  private async insertOnce(record: JoinedFactRecord): Promise<boolean> {
    try {
      await this.facts.create(record);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
