import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  courseCompleted,
  courseEnrolled,
  courseEnrolmentCancelled,
  courseRunPublished,
  EventEnvelope,
  PayloadOf,
} from '@vetlink/contracts';
import { EventContext, HandleEventBatch } from '@vetlink/messaging';
import {
  completionContributions,
  enrolledContributions,
  enrolmentCancelledContributions,
  runPublishedContributions,
} from './domain/training-contributions';
import { PairTrainingOutcomes } from './use-cases/pair-training-outcomes';
import { RecordContributions } from './use-cases/record-contributions';

/** The tallies keep the ids of the events they applied (domain/tally.ts): no ledger needed. */
const SELF_DEDUPLICATING = { selfDeduplicating: true };

type Batch<Definition> = EventEnvelope<PayloadOf<Definition>>[];

/** The training figures, from the trainings service's events, a partition batch at a time. */
@Controller()
export class TrainingEventsHandler {
  constructor(
    private readonly record: RecordContributions,
    private readonly pairing: PairTrainingOutcomes,
  ) {}

  @HandleEventBatch(courseRunPublished, SELF_DEDUPLICATING)
  runPublished(@Payload() events: Batch<typeof courseRunPublished>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, runPublishedContributions);
  }

  @HandleEventBatch(courseEnrolled, SELF_DEDUPLICATING)
  enrolled(@Payload() events: Batch<typeof courseEnrolled>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, enrolledContributions);
  }

  @HandleEventBatch(courseEnrolmentCancelled, SELF_DEDUPLICATING)
  enrolmentCancelled(@Payload() events: Batch<typeof courseEnrolmentCancelled>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, enrolmentCancelledContributions);
  }

  /** The completion, and the pair with a hire already known (claimed before the tally is written). */
  @HandleEventBatch(courseCompleted, SELF_DEDUPLICATING)
  async courseCompleted(@Payload() events: Batch<typeof courseCompleted>, @Ctx() source: EventContext) {
    const pairs = await this.pairing.ofCompletions(events);
    return this.record.execute(source, events, (completed, event) => [
      ...completionContributions(completed),
      ...(pairs.get(event.eventId) ?? []),
    ]);
  }
}
