import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Clock, CLOCK } from '@vetlink/clock';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import type { RememberedCompletion, RememberedHire } from './domain/hired-after-course';
import type { OutcomeMemory } from './domain/pairing';
import { TRAINING_OUTCOME_MODEL, TrainingOutcomeRecord } from './training-outcome.schema';

/** Ids as `_id` parts: encoded, so no id holds the `|` that separates them. */
const part = (id: string) => encodeURIComponent(id);
const idOf = (veteranId: string, kind: TrainingOutcomeRecord['kind'], id: string) =>
  `${part(veteranId)}|${kind}|${part(id)}`;
/** Every document of one veteran: `|` then anything, up to `}` (the next character after `|`). */
const veteranRange = (veteranId: string) => ({ $gte: `${part(veteranId)}|`, $lt: `${part(veteranId)}}` });

/** The memory behind completion → hire pairing, read and written by `_id` (and `_id` range) only. */
@Injectable()
export class OutcomeMemoryRepository implements OutcomeMemory {
  constructor(
    @InjectModel(TRAINING_OUTCOME_MODEL) private readonly outcomes: Model<TrainingOutcomeRecord>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async rememberCompletion(completion: RememberedCompletion): Promise<void> {
    await this.insertOnce({
      _id: idOf(completion.veteranId, 'completion', completion.enrolmentId),
      kind: 'completion',
      ...completion,
      recordedAt: this.clock.now(),
    });
  }

  async rememberHire(hire: RememberedHire): Promise<void> {
    await this.insertOnce({
      _id: idOf(hire.veteranId, 'hire', hire.applicationId),
      kind: 'hire',
      ...hire,
      recordedAt: this.clock.now(),
    });
  }

  async completionsOf(veteranId: string): Promise<RememberedCompletion[]> {
    return (await this.ofVeteran(veteranId))
      .filter((record) => record.kind === 'completion')
      .map((record) => ({
        veteranId: record.veteranId,
        enrolmentId: record.enrolmentId ?? '',
        courseId: record.courseId ?? '',
        courseTitle: record.courseTitle ?? '',
        cityId: record.cityId ?? '',
        completedAt: record.completedAt ?? '',
      }));
  }

  async hiresOf(veteranId: string): Promise<RememberedHire[]> {
    return (await this.ofVeteran(veteranId))
      .filter((record) => record.kind === 'hire')
      .map((record) => ({
        veteranId: record.veteranId,
        applicationId: record.applicationId ?? '',
        hiredAt: record.hiredAt ?? '',
      }));
  }

  /** The unique insert named by the completion decides who counts it (DESIGN: races are claims). */
  async claim(completion: RememberedCompletion, hire: RememberedHire, eventId: string): Promise<string> {
    const _id = idOf(completion.veteranId, 'paired', completion.enrolmentId);
    const inserted = await this.insertOnce({
      _id,
      kind: 'paired',
      veteranId: completion.veteranId,
      enrolmentId: completion.enrolmentId,
      applicationId: hire.applicationId,
      claimedBy: eventId,
      recordedAt: this.clock.now(),
    });
    if (inserted) return eventId;
    const holder = await this.outcomes.findById(_id).lean<TrainingOutcomeRecord>();
    // Erased between the insert and this read: nobody counts it again.
    return holder?.claimedBy ?? '';
  }

  /** Forgets the veteran (a writer that finds them erased after writing cleans up after itself). */
  async forget(veteranId: string): Promise<void> {
    await this.outcomes.deleteMany({ _id: veteranRange(veteranId) });
  }

  private async ofVeteran(veteranId: string): Promise<TrainingOutcomeRecord[]> {
    return this.outcomes.find({ _id: veteranRange(veteranId) }).lean<TrainingOutcomeRecord[]>();
  }

  /** True when this call inserted it, false when it was there already. */
  private async insertOnce(record: TrainingOutcomeRecord): Promise<boolean> {
    try {
      await this.outcomes.create(record);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
