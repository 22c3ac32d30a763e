import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Clock, CLOCK } from '@vetlink/clock';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import type { FactSlot, JoinMemory } from './domain/join';
import { JOINED_FACT_MODEL, JoinedFactRecord } from './joined-fact.schema';

const slotId = (key: string, kind: string, slot: number) => `${key}|${kind}|${slot}`;

/**
 * The memory behind a join of two topics (domain/join.ts), over one collection: unique inserts and reads by
 * `_id` only — the one race-proof primitive and the one indexed filter on FerretDB.
 */
export class SlotJoinMemory implements JoinMemory<unknown> {
  constructor(
    private readonly facts: Model<JoinedFactRecord>,
    private readonly clock: Clock,
  ) {}

  /** This memory, typed by the facts one join keeps (each join reads only its own keys). */
  of<Fact>(): JoinMemory<Fact> {
    return this as JoinMemory<unknown> as JoinMemory<Fact>;
  }

  /** Tries the lowest slots first: a new fact usually takes slot 0 with one insert. */
  async remember({ key, kind, factId }: FactSlot, fact: unknown, veteranId?: string): Promise<void> {
    for (let slot = 0; ; slot += 1) {
      const _id = slotId(key, kind, slot);
      const inserted = await this.insertOnce({
        _id,
        factId,
        fact: fact as Record<string, unknown>,
        ...(veteranId ? { veteranId } : {}),
        recordedAt: this.clock.now(),
      });
      if (inserted) return;
      const taken = await this.facts.findById(_id).lean<JoinedFactRecord>();
      // Erased between the insert and this read: the slot is free again, try it once more.
      if (!taken) slot -= 1;
      else if (taken.factId === factId) return;
    }
  }

  async factsOf(key: string, kind: string): Promise<unknown[]> {
    const facts: unknown[] = [];
    for (let slot = 0; ; slot += 1) {
      const record = await this.facts.findById(slotId(key, kind, slot)).lean<JoinedFactRecord>();
      if (!record) return facts;
      facts.push(record.fact);
    }
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

/** The joins of the job side: applied after told (names veterans), pushes opened by the job's place. */
@Injectable()
export class JoinMemoryRepository extends SlotJoinMemory {
  constructor(@InjectModel(JOINED_FACT_MODEL) facts: Model<JoinedFactRecord>, @Inject(CLOCK) clock: Clock) {
    super(facts, clock);
  }
}
