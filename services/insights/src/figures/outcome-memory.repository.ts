import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Clock, CLOCK } from '@vetlink/clock';
import { Model } from 'mongoose';
import { SlotJoinMemory } from './join-memory.repository';
import type { JoinedFactRecord } from './joined-fact.schema';
import { TRAINING_OUTCOME_MODEL } from './training-outcome.schema';

/**
 * The memory behind completion → hire pairing (domain/pairing.ts): the same slots and claims as the job
 * side's joins, read by `_id` only, in a collection of its own (a section of its own in a veteran's export).
 */
@Injectable()
export class OutcomeMemoryRepository extends SlotJoinMemory {
  constructor(
    @InjectModel(TRAINING_OUTCOME_MODEL) outcomes: Model<JoinedFactRecord>,
    @Inject(CLOCK) clock: Clock,
  ) {
    super(outcomes, clock);
  }
}
