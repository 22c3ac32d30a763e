import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  EventEnvelope,
  incubatorApplicationDecided,
  incubatorApplicationSubmitted,
  installmentOverdue,
  loanApplicationDecided,
  loanApplicationSubmitted,
  loanClosed,
  loanDisbursed,
  mentorVerified,
  PayloadOf,
  sessionBooked,
  sessionCancelled,
  sessionCompleted,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { EventContext, HandleEventBatch } from '@vetlink/messaging';
import {
  admissionContributions,
  graduationContributions,
  incubationApplicationContributions,
  incubationDecisionContributions,
} from './domain/incubation-contributions';
import {
  disbursementContributions,
  loanApplicationContributions,
  loanClosedContributions,
  loanDecisionContributions,
  overdueContributions,
} from './domain/loan-contributions';
import {
  mentorVerifiedContributions,
  sessionBookedContributions,
  sessionCancelledContributions,
  sessionCompletedContributions,
} from './domain/mentor-contributions';
import { RecordContributions } from './use-cases/record-contributions';

/** The tallies keep the ids of the events they applied (domain/tally.ts): no ledger needed. */
const SELF_DEDUPLICATING = { selfDeduplicating: true };

type Batch<Definition> = EventEnvelope<PayloadOf<Definition>>[];

/** The programme's figures, from the incubators', loans' and mentors' events, a partition batch at a time. */
@Controller()
export class ProgrammeEventsHandler {
  constructor(private readonly record: RecordContributions) {}

  @HandleEventBatch(incubatorApplicationSubmitted, SELF_DEDUPLICATING)
  incubationApplied(
    @Payload() events: Batch<typeof incubatorApplicationSubmitted>,
    @Ctx() source: EventContext,
  ) {
    return this.record.execute(source, events, incubationApplicationContributions);
  }

  @HandleEventBatch(incubatorApplicationDecided, SELF_DEDUPLICATING)
  incubationDecided(
    @Payload() events: Batch<typeof incubatorApplicationDecided>,
    @Ctx() source: EventContext,
  ) {
    return this.record.execute(source, events, incubationDecisionContributions);
  }

  @HandleEventBatch(startupAdmitted, SELF_DEDUPLICATING)
  startupAdmitted(@Payload() events: Batch<typeof startupAdmitted>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, admissionContributions);
  }

  @HandleEventBatch(startupGraduated, SELF_DEDUPLICATING)
  startupGraduated(@Payload() events: Batch<typeof startupGraduated>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, graduationContributions);
  }

  @HandleEventBatch(loanApplicationSubmitted, SELF_DEDUPLICATING)
  loanApplied(@Payload() events: Batch<typeof loanApplicationSubmitted>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, loanApplicationContributions);
  }

  @HandleEventBatch(loanApplicationDecided, SELF_DEDUPLICATING)
  loanDecided(@Payload() events: Batch<typeof loanApplicationDecided>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, loanDecisionContributions);
  }

  @HandleEventBatch(loanDisbursed, SELF_DEDUPLICATING)
  loanDisbursed(@Payload() events: Batch<typeof loanDisbursed>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, disbursementContributions);
  }

  @HandleEventBatch(installmentOverdue, SELF_DEDUPLICATING)
  installmentOverdue(@Payload() events: Batch<typeof installmentOverdue>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, overdueContributions);
  }

  @HandleEventBatch(loanClosed, SELF_DEDUPLICATING)
  loanClosed(@Payload() events: Batch<typeof loanClosed>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, loanClosedContributions);
  }

  @HandleEventBatch(mentorVerified, SELF_DEDUPLICATING)
  mentorVerified(@Payload() events: Batch<typeof mentorVerified>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, mentorVerifiedContributions);
  }

  @HandleEventBatch(sessionBooked, SELF_DEDUPLICATING)
  sessionBooked(@Payload() events: Batch<typeof sessionBooked>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, sessionBookedContributions);
  }

  @HandleEventBatch(sessionCancelled, SELF_DEDUPLICATING)
  sessionCancelled(@Payload() events: Batch<typeof sessionCancelled>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, sessionCancelledContributions);
  }

  @HandleEventBatch(sessionCompleted, SELF_DEDUPLICATING)
  sessionCompleted(@Payload() events: Batch<typeof sessionCompleted>, @Ctx() source: EventContext) {
    return this.record.execute(source, events, sessionCompletedContributions);
  }
}
