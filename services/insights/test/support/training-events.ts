import {
  courseCompleted,
  courseEnrolled,
  courseEnrolmentCancelled,
  courseRunPublished,
  veteranErased,
  veteranHired,
} from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { event } from './job-events';

export interface TrainingStory {
  courseId: string;
  /** Completed on day 45, hired on day 134 (89 days later): the pair counted. */
  pairedVeteran: string;
  /** Moved up from the waitlist, completed on day 45, hired on day 136 (91 days later): not paired. */
  lateVeteran: string;
  events: ReturnType<typeof event>[];
}

/**
 * A Xuzhou forklift course run of two places, as trainings and job-postings announce it, on the test's own
 * days: published (day 40), three veterans enrol (two seated, one waitlisted), one withdraws and the
 * waitlisted one moves up (day 42), both complete (day 45); one is hired 89 days later, the other 91.
 */
export function trainingStory(day: (offset: number) => string): TrainingStory {
  const at = (offset: number) => `${day(offset)}T02:00:00.000Z`;
  const courseId = uniqueName('course');
  const runId = uniqueName('run');
  const [paired, withdrawn, late] = ['paired', 'withdrawn', 'late'].map((name) =>
    uniqueName(`veteran-${name}`),
  );
  const enrolment = (veteranId: string) => ({
    enrolmentId: uniqueName('enrolment'),
    runId,
    courseId,
    veteranId,
    courseTitle: '叉车司机（N1）培训',
    cityId: 'xuzhou',
    startsOn: day(43),
    endsOn: day(44),
  });
  const [pairedEnrolment, withdrawnEnrolment, lateEnrolment] = [paired, withdrawn, late].map(enrolment);
  const completed = (ref: ReturnType<typeof enrolment>) =>
    event(courseCompleted, {
      ...ref,
      skillIds: ['forklift-operation'],
      certificateIds: [],
      attendancePercent: 100,
      recordedBy: 'officer-1',
      completedAt: at(45),
    });
  const hired = (veteranId: string, offset: number) =>
    event(veteranHired, {
      applicationId: uniqueName('application'),
      jobId: uniqueName('job'),
      employerId: 'employer-1',
      employerName: '徐州港务物流有限公司',
      veteranId,
      jobTitle: '叉车司机',
      occupationId: 'forklift-driver',
      employmentType: 'full-time',
      cityId: 'xuzhou',
      districtId: 'xuzhou-gulou',
      salary: { min: 5000, max: 6500 },
      veteransOnly: false,
      veteranPriority: true,
      hiredAt: at(offset),
    });
  return {
    courseId,
    pairedVeteran: paired,
    lateVeteran: late,
    events: [
      event(courseRunPublished, {
        runId,
        courseId,
        trainingId: 'forklift-operation',
        courseTitle: '叉车司机（N1）培训',
        provider: '徐州市退役军人培训中心',
        cityId: 'xuzhou',
        mode: 'in-person',
        skillIds: ['forklift-operation'],
        certificateIds: [],
        durationDays: 2,
        costFen: 0,
        veteranSubsidyFen: 0,
        startsOn: day(43),
        endsOn: day(44),
        capacity: 2,
        enrolmentOpensAt: at(40),
        enrolmentClosesAt: at(42),
        publishedBy: 'officer-1',
        publishedAt: at(40),
      }),
      event(courseEnrolled, {
        ...pairedEnrolment,
        status: 'enrolled',
        seatNo: 1,
        promotedFromWaitlist: false,
        enrolledAt: at(41),
      }),
      event(courseEnrolled, {
        ...withdrawnEnrolment,
        status: 'enrolled',
        seatNo: 2,
        promotedFromWaitlist: false,
        enrolledAt: at(41),
      }),
      event(courseEnrolled, {
        ...lateEnrolment,
        status: 'waitlisted',
        waitlistPosition: 1,
        promotedFromWaitlist: false,
        enrolledAt: at(41),
      }),
      event(courseEnrolmentCancelled, {
        ...withdrawnEnrolment,
        previousStatus: 'enrolled',
        cancelledBy: 'veteran',
        cancelledAt: at(42),
      }),
      event(courseEnrolled, {
        ...lateEnrolment,
        status: 'enrolled',
        seatNo: 2,
        promotedFromWaitlist: true,
        enrolledAt: at(42),
      }),
      completed(pairedEnrolment),
      completed(lateEnrolment),
      hired(paired, 134),
      hired(late, 136),
    ],
  };
}

export function erasure(veteranId: string, day: (offset: number) => string) {
  return event(veteranErased, { veteranId, revision: 3, erasedAt: `${day(140)}T02:00:00.000Z` });
}
