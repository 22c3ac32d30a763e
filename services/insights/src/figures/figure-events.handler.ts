import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  applicationSubmitted,
  employerRegistered,
  employerVerified,
  EventEnvelope,
  inboxItemRead,
  jobClosed,
  jobMatched,
  jobPosted,
  jobTold,
  PayloadOf,
  veteranHired,
  weeklyDigestDelivered,
} from '@vetlink/contracts';
import { EventContext, HandleEventBatch } from '@vetlink/messaging';
import {
  applicationContributions,
  closedContributions,
  digestDeliveredContributions,
  employerRegisteredContributions,
  employerVerifiedContributions,
  hireContributions,
  inboxReadContributions,
  postedContributions,
  pushContributions,
} from './domain/contributions-of';
import { PairApplicationsAfterTold } from './use-cases/pair-applications-after-told';
import { PairTrainingOutcomes } from './use-cases/pair-training-outcomes';
import { PlacePushesOpened } from './use-cases/place-pushes-opened';
import { RecordContributions } from './use-cases/record-contributions';

/** The tallies keep the ids of the events they applied (domain/tally.ts): no ledger needed. */
const SELF_DEDUPLICATING = { selfDeduplicating: true };

/**
 * The job side of the bureau's figures, from job-postings', matching's and notifications' events, a
 * partition batch at a time.
 */
@Controller()
export class FigureEventsHandler {
  constructor(
    private readonly record: RecordContributions,
    private readonly pairing: PairTrainingOutcomes,
    private readonly appliedAfterTold: PairApplicationsAfterTold,
    private readonly pushesOpened: PlacePushesOpened,
  ) {}

  /** The job, and the openings of its pushes already known, now that their place is (pushes opened). */
  @HandleEventBatch(jobPosted, SELF_DEDUPLICATING)
  async jobPosted(
    @Payload() events: EventEnvelope<PayloadOf<typeof jobPosted>>[],
    @Ctx() source: EventContext,
  ) {
    const opened = await this.pushesOpened.ofJobsPosted(events);
    return this.record.execute(source, events, (job, event) => [
      ...postedContributions(job),
      ...(opened.get(event.eventId) ?? []),
    ]);
  }

  @HandleEventBatch(jobClosed, SELF_DEDUPLICATING)
  jobClosed(@Payload() events: EventEnvelope<PayloadOf<typeof jobClosed>>[], @Ctx() source: EventContext) {
    return this.record.execute(source, events, closedContributions);
  }

  /** The application, and the figures it counts in when its job was told to its veteran before it. */
  @HandleEventBatch(applicationSubmitted, SELF_DEDUPLICATING)
  async applicationSubmitted(
    @Payload() events: EventEnvelope<PayloadOf<typeof applicationSubmitted>>[],
    @Ctx() source: EventContext,
  ) {
    const pairs = await this.appliedAfterTold.ofApplications(events);
    return this.record.execute(source, events, (application, event) => [
      ...applicationContributions(application),
      ...(pairs.get(event.eventId) ?? []),
    ]);
  }

  /**
   * A job told to a veteran counts nothing alone: it counts the applications of that veteran to that job
   * made after it that it is the first to find (the application's day and place, in this topic's tally).
   */
  @HandleEventBatch(jobTold, SELF_DEDUPLICATING)
  async jobTold(@Payload() events: EventEnvelope<PayloadOf<typeof jobTold>>[], @Ctx() source: EventContext) {
    const pairs = await this.appliedAfterTold.ofTellings(events);
    return this.record.execute(source, events, (_told, event) => pairs.get(event.eventId) ?? []);
  }

  /** The hire, and its pairs with courses the veteran completed in the 90 days before (training figures). */
  @HandleEventBatch(veteranHired, SELF_DEDUPLICATING)
  async veteranHired(
    @Payload() events: EventEnvelope<PayloadOf<typeof veteranHired>>[],
    @Ctx() source: EventContext,
  ) {
    const pairs = await this.pairing.ofHires(events);
    return this.record.execute(source, events, (hire, event) => [
      ...hireContributions(hire),
      ...(pairs.get(event.eventId) ?? []),
    ]);
  }

  @HandleEventBatch(jobMatched, SELF_DEDUPLICATING)
  jobMatched(@Payload() events: EventEnvelope<PayloadOf<typeof jobMatched>>[], @Ctx() source: EventContext) {
    return this.record.execute(source, events, pushContributions);
  }

  @HandleEventBatch(employerRegistered, SELF_DEDUPLICATING)
  employerRegistered(
    @Payload() events: EventEnvelope<PayloadOf<typeof employerRegistered>>[],
    @Ctx() source: EventContext,
  ) {
    return this.record.execute(source, events, employerRegisteredContributions);
  }

  /** Sent again for one organisation with the same event id (job-postings names it): the tallies count it once. */
  @HandleEventBatch(employerVerified, SELF_DEDUPLICATING)
  employerVerified(
    @Payload() events: EventEnvelope<PayloadOf<typeof employerVerified>>[],
    @Ctx() source: EventContext,
  ) {
    return this.record.execute(source, events, employerVerifiedContributions);
  }

  @HandleEventBatch(inboxItemRead, SELF_DEDUPLICATING)
  async inboxItemRead(
    @Payload() events: EventEnvelope<PayloadOf<typeof inboxItemRead>>[],
    @Ctx() source: EventContext,
  ) {
    const placed = await this.pushesOpened.ofItemsRead(events);
    return this.record.execute(source, events, (read, event) => [
      ...inboxReadContributions(read),
      ...(placed.get(event.eventId) ?? []),
    ]);
  }

  @HandleEventBatch(weeklyDigestDelivered, SELF_DEDUPLICATING)
  weeklyDigestDelivered(
    @Payload() events: EventEnvelope<PayloadOf<typeof weeklyDigestDelivered>>[],
    @Ctx() source: EventContext,
  ) {
    return this.record.execute(source, events, digestDeliveredContributions);
  }
}
