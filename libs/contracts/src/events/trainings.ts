import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField, taxonomyIdField } from '../lib/payload-fields';

/**
 * The trainings service's topics. Topic names are forever (see TOPICS): consumers subscribe by these
 * strings. One for course runs (keyed by the run), one for enrolments, keyed by the veteran so that a
 * veteran's enrolment, promotion from the waitlist, withdrawal and completion stay in order for the
 * services that follow the veteran (skills-profiles, matching, notifications).
 */
export const TRAINING_TOPICS = {
  runs: 'trainings.runs',
  enrolments: 'trainings.enrolments',
} as const;

/** The vocabularies below travel in payloads: adding a value is safe, renaming one is a new version. */
export const COURSE_MODES = ['in-person', 'online', 'blended'] as const;
export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted'] as const;
export const ENROLMENT_CANCELLERS = ['veteran', 'officer', 'provider'] as const;
/** Who may cancel a whole run: an officer of the bureau, or staff of the course's training provider. */
export const RUN_CANCELLERS = ['officer', 'provider'] as const;
export type CourseMode = (typeof COURSE_MODES)[number];
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export type EnrolmentCanceller = (typeof ENROLMENT_CANCELLERS)[number];
export type RunCanceller = (typeof RUN_CANCELLERS)[number];

/** Money in integer fen (1 CNY = 100 fen). */
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A calendar day in Asia/Shanghai. */
const day = z.iso.date();

/** What every enrolment event says about the run, so that a message can be written from it alone. */
const enrolmentRef = {
  enrolmentId: aggregateIdField,
  runId: aggregateIdField,
  courseId: aggregateIdField,
  veteranId: aggregateIdField,
  courseTitle: z.string().min(1).max(120),
  cityId: taxonomyIdField,
  startsOn: day,
  endsOn: day,
};

export const courseRunPublished = defineEvent({
  type: 'trainings.run-published',
  version: 1,
  topic: TRAINING_TOPICS.runs,
  description:
    'An officer published a run of one of the bureau’s courses: dates, capacity, enrolment window, what it ' +
    'teaches (skills) and certifies (certificates), cost and the veteran subsidy. Veterans may enrol from ' +
    '`enrolmentOpensAt`. Keyed by the run.',
  payload: z.object({
    runId: aggregateIdField,
    courseId: aggregateIdField,
    /** The taxonomy training the course is an instance of, when it is one (e.g. `forklift-operation`). */
    trainingId: taxonomyIdField.optional(),
    courseTitle: z.string().min(1).max(120),
    provider: z.string().min(1).max(120),
    cityId: taxonomyIdField,
    mode: z.enum(COURSE_MODES),
    skillIds: z.array(taxonomyIdField).max(30),
    certificateIds: z.array(taxonomyIdField).max(10),
    durationDays: z.number().int().min(1).max(365),
    costFen: fen,
    veteranSubsidyFen: fen,
    startsOn: day,
    endsOn: day,
    capacity: z.number().int().min(1).max(10_000),
    enrolmentOpensAt: instantField,
    enrolmentClosesAt: instantField,
    publishedBy: aggregateIdField,
    publishedAt: instantField,
  }),
  keyOf: (payload) => payload.runId,
});

export const courseRunCancelled = defineEvent({
  type: 'trainings.run-cancelled',
  version: 1,
  topic: TRAINING_TOPICS.runs,
  description:
    'An officer or staff of the course’s training provider cancelled a run before its first day, saying why. ' +
    'Sent once per run, when it is marked cancelled; each seat and place in line is then cancelled ' +
    '(`trainings.enrolment-cancelled` per veteran, on the enrolments topic), so a message to a veteran can ' +
    'name the reason by the run id. Keyed by the run.',
  payload: z.object({
    runId: aggregateIdField,
    courseId: aggregateIdField,
    courseTitle: z.string().min(1).max(120),
    provider: z.string().min(1).max(120),
    cityId: taxonomyIdField,
    startsOn: day,
    endsOn: day,
    /** Why, as the officer or provider wrote it (shown to the veterans who lose their seat). */
    reason: z.string().min(1).max(500),
    /** The user id of who cancelled it. */
    cancelledBy: aggregateIdField,
    cancelledByRole: z.enum(RUN_CANCELLERS),
    cancelledAt: instantField,
  }),
  keyOf: (payload) => payload.runId,
});

export const courseEnrolled = defineEvent({
  type: 'trainings.enrolled',
  version: 1,
  topic: TRAINING_TOPICS.enrolments,
  description:
    'A veteran holds a seat in a course run (`status: enrolled`, with `seatNo`) or a place on its waitlist ' +
    '(`status: waitlisted`, with `waitlistPosition`). Sent again with `status: enrolled` and ' +
    '`promotedFromWaitlist: true` when a freed seat goes to the first on the waitlist. The seat was decided ' +
    'by a unique claim, so a run never holds more than its capacity. Since trainings sends them, `mode`, ' +
    '`venue` (in person or blended) and `provider` say how and where the run is held, so that the seat ' +
    'confirmation can name the venue; they are optional (added to v1, which stays: older events lack them). ' +
    'Keyed by the veteran.',
  payload: z.object({
    ...enrolmentRef,
    status: z.enum(ENROLMENT_STATUSES),
    seatNo: z.number().int().min(1).optional(),
    waitlistPosition: z.number().int().min(1).optional(),
    promotedFromWaitlist: z.boolean(),
    enrolledAt: instantField,
    /** How the run is held; absent from events sent before it was added. */
    mode: z.enum(COURSE_MODES).optional(),
    /** Where it is held (the address as the course gives it); absent for an online course. */
    venue: z.string().min(1).max(200).optional(),
    /** Who runs the course; absent from events sent before it was added. */
    provider: z.string().min(1).max(120).optional(),
  }),
  keyOf: (payload) => payload.veteranId,
});

export const courseEnrolmentCancelled = defineEvent({
  type: 'trainings.enrolment-cancelled',
  version: 1,
  topic: TRAINING_TOPICS.enrolments,
  description:
    'A veteran withdrew (or an officer withdrew them) from a run before it started; a seat they held is free ' +
    'again and goes to the first on the waitlist (who then gets `trainings.enrolled`). `previousStatus` says ' +
    'whether they held a seat or a waitlist place. Keyed by the veteran.',
  payload: z.object({
    ...enrolmentRef,
    previousStatus: z.enum(ENROLMENT_STATUSES),
    cancelledBy: z.enum(ENROLMENT_CANCELLERS),
    cancelledAt: instantField,
  }),
  keyOf: (payload) => payload.veteranId,
});

export const courseCompleted = defineEvent({
  type: 'trainings.course-completed',
  version: 1,
  topic: TRAINING_TOPICS.enrolments,
  description:
    'An officer recorded that an enrolled veteran attended and completed a course run: the skills and ' +
    'certificates it teaches and certifies are earned, verified by the bureau, with the course as ' +
    'provenance (skills-profiles adds them; matching re-matches the veteran). Sent once per enrolment. ' +
    'Keyed by the veteran.',
  payload: z.object({
    ...enrolmentRef,
    /** The taxonomy training the course is an instance of, when it is one. */
    trainingId: taxonomyIdField.optional(),
    skillIds: z.array(taxonomyIdField).max(30),
    certificateIds: z.array(taxonomyIdField).max(10),
    /** Share of the run's days attended, 0–100, as the officer recorded it. */
    attendancePercent: z.number().int().min(0).max(100),
    recordedBy: aggregateIdField,
    completedAt: instantField,
  }),
  keyOf: (payload) => payload.veteranId,
});

export const courseRunStarting = defineEvent({
  type: 'trainings.run-starting',
  version: 1,
  topic: TRAINING_TOPICS.enrolments,
  description:
    'A reminder: the course run in which the veteran holds a seat starts in `daysBefore` days (3 and 1 by ' +
    'default, sent at 08:00 Asia/Shanghai). It says where and how the run is held (provider, mode, venue) so ' +
    'that the message can be written from it alone. At most one per enrolment, first day and offset; never ' +
    'for a withdrawn or waitlisted enrolment (checked when it is due). Keyed by the veteran, after the ' +
    'enrolment events it follows.',
  payload: z.object({
    ...enrolmentRef,
    provider: z.string().min(1).max(120),
    mode: z.enum(COURSE_MODES),
    /** Where it is held (the address as the course gives it); absent for an online course. */
    venue: z.string().min(1).max(200).optional(),
    seatNo: z.number().int().min(1).optional(),
    /** Whole days before the first day (Asia/Shanghai) this reminder was due. */
    daysBefore: z.number().int().min(1).max(30),
    /** When it was due; a reader that far behind may drop it (the run may be near). */
    remindAt: instantField,
  }),
  keyOf: (payload) => payload.veteranId,
});

export type CourseRunPublishedPayload = z.infer<typeof courseRunPublished.payload>;
export type CourseRunCancelledPayload = z.infer<typeof courseRunCancelled.payload>;
export type CourseEnrolledPayload = z.infer<typeof courseEnrolled.payload>;
export type CourseEnrolmentCancelledPayload = z.infer<typeof courseEnrolmentCancelled.payload>;
export type CourseCompletedPayload = z.infer<typeof courseCompleted.payload>;
export type CourseRunStartingPayload = z.infer<typeof courseRunStarting.payload>;

export const TRAINING_EVENTS: readonly EventDefinition[] = [
  courseRunPublished,
  courseRunCancelled,
  courseEnrolled,
  courseEnrolmentCancelled,
  courseCompleted,
  courseRunStarting,
];
