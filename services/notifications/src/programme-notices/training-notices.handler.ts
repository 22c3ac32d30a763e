import { Controller } from '@nestjs/common';
import {
  courseCompleted,
  CourseCompletedPayload,
  courseEnrolled,
  CourseEnrolledPayload,
  courseEnrolmentCancelled,
  CourseEnrolmentCancelledPayload,
  courseRunStarting,
  CourseRunStartingPayload,
  EventEnvelope,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import {
  courseCompletedNotice,
  enrolledNotice,
  enrolmentCancelledNotice,
  enrolmentNoticeSkip,
  runReminderNotice,
  runReminderSkip,
} from './domain/training-notices';
import { SendProgrammeNotices } from './send-notices';

/**
 * The trainings events into the veteran's notices. They share the veteran's partition, in order; each is
 * applied once by the consumer's ledger, and a repeat is harmless (notifications keyed by their cause).
 */
@Controller()
export class TrainingNoticesHandler {
  constructor(private readonly notices: SendProgrammeNotices) {}

  @HandleEvent(courseEnrolled)
  async enrolled(event: EventEnvelope<CourseEnrolledPayload>): Promise<void> {
    const skip = enrolmentNoticeSkip(event.payload, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, [enrolledNotice(event.payload)]);
  }

  @HandleEvent(courseEnrolmentCancelled)
  async enrolmentCancelled(event: EventEnvelope<CourseEnrolmentCancelledPayload>): Promise<void> {
    const skip = enrolmentNoticeSkip(event.payload, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, [enrolmentCancelledNotice(event.payload)]);
  }

  @HandleEvent(courseCompleted)
  async courseCompleted(event: EventEnvelope<CourseCompletedPayload>): Promise<void> {
    await this.notices.unlessTooOld(event, [courseCompletedNotice(event.payload)]);
  }

  @HandleEvent(courseRunStarting)
  async runStarting(event: EventEnvelope<CourseRunStartingPayload>): Promise<void> {
    const skip = runReminderSkip(event.payload, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, [runReminderNotice(event.payload)]);
  }
}
