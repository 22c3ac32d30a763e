// Courses' plain logic: money in fen shown in yuan, the enrolment states a veteran sees, when a
// withdrawal or a completion is possible (the trainings service's rules, in Asia/Shanghai days), a run's
// roster split into seats and the line, and the provider's run form turned into the API's body.
import type { components } from '../api/schema';
import { shanghaiDay, shanghaiMidnight } from './shanghai-time';

type Schemas = components['schemas'];
export type Course = Schemas['trainings.CourseViewDto'];
export type Run = Schemas['trainings.RunViewDto'];
export type Enrolment = Schemas['trainings.EnrolmentViewDto'];
export type Suggestion = Schemas['trainings.SkillGapsViewDto']['courses'][number];
export type RunDraft = Schemas['trainings.PublishRunBody'];

/** Yuan from fen, grouped by thousands, without decimals when whole (1,800 or 1,800.50). */
export function yuan(fen: number): string {
  const value = fen / 100;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  });
}

/** A monthly pay range in yuan, "6,000–8,500" (one figure when both ends agree). */
export function payRange(pay: { min: number; max: number }): string {
  const min = pay.min.toLocaleString('en-US');
  return pay.min === pay.max ? min : `${min}–${pay.max.toLocaleString('en-US')}`;
}

const ACTIVE: readonly Enrolment['status'][] = ['enrolled', 'waitlisted'];

/**
 * Whether the veteran may still withdraw: a seat or a place in line, before the run's first day
 * (Asia/Shanghai), as trainings' `withdrawalRefusal` decides.
 */
export function canWithdraw(
  enrolment: Pick<Enrolment, 'status'>,
  run: Pick<Run, 'startsOn'>,
  now: Date,
): boolean {
  return ACTIVE.includes(enrolment.status) && now.getTime() < Date.parse(shanghaiMidnight(run.startsOn));
}

/** The last day a withdrawal is accepted: the day before the run starts. */
export function lastWithdrawalDay(run: Pick<Run, 'startsOn'>): string {
  return shanghaiDay(new Date(Date.parse(shanghaiMidnight(run.startsOn)) - 1));
}

/** Completion is recorded for a seated veteran once the run has begun (trainings' `completionRefusal`). */
export function canRecordCompletion(
  enrolment: Pick<Enrolment, 'status'>,
  run: Pick<Run, 'startsOn'>,
  now: Date,
): boolean {
  return enrolment.status === 'enrolled' && now.getTime() >= Date.parse(shanghaiMidnight(run.startsOn));
}

/** A veteran may ask for a place while a run's enrolment is open (a seat or the next place in line). */
export function isEnrollable(run: Pick<Run, 'phase'>): boolean {
  return run.phase === 'enrolment-open';
}

export interface Roster<T> {
  /** Holding a seat or finished with it, by seat number. */
  seated: T[];
  /** In line, first first. */
  waitlist: T[];
  /** Withdrawn or cancelled, newest first. */
  left: T[];
}

type RosterEntry = Pick<Enrolment, 'status' | 'seatNo' | 'waitlistPosition' | 'updatedAt'>;

export function splitRoster<T extends RosterEntry>(items: readonly T[]): Roster<T> {
  const seated = items
    .filter((item) => item.status !== 'waitlisted' && item.status !== 'cancelled')
    .sort((a, b) => (a.seatNo ?? Infinity) - (b.seatNo ?? Infinity));
  const waitlist = items
    .filter((item) => item.status === 'waitlisted')
    .sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity));
  const left = items
    .filter((item) => item.status === 'cancelled')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { seated, waitlist, left };
}

/** The courses a training provider's staff keep: those naming their provider id. */
export function coursesOfProvider<T extends Pick<Course, 'providerId'>>(
  courses: readonly T[],
  providerId: string | undefined,
): T[] {
  return providerId ? courses.filter((course) => course.providerId === providerId) : [];
}

/** What the provider types for a new run: days as YYYY-MM-DD (Asia/Shanghai), capacity as a number. */
export interface RunForm {
  startsOn: string;
  endsOn: string;
  capacity: number | undefined;
  enrolmentOpensOn: string;
  enrolmentClosesOn: string;
}

export type RunFormField = keyof RunForm;
/** The API's field names for the form's fields, so that a 400 lands under the right one. */
export const RUN_FORM_FIELDS: Record<keyof RunDraft, RunFormField> = {
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  capacity: 'capacity',
  enrolmentOpensAt: 'enrolmentOpensOn',
  enrolmentClosesAt: 'enrolmentClosesOn',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fields the form cannot send as they are (empty, not a day, a capacity outside 1–10,000), each
 * named by the message key to show under it; the service checks the rest (order of days, the course's
 * length) and its 400 names the field.
 */
export function runFormProblems(form: RunForm): Partial<Record<RunFormField, 'required' | 'capacity'>> {
  const problems: Partial<Record<RunFormField, 'required' | 'capacity'>> = {};
  for (const field of ['startsOn', 'endsOn', 'enrolmentOpensOn', 'enrolmentClosesOn'] as const)
    if (!DAY.test(form[field])) problems[field] = 'required';
  const capacity = form.capacity;
  if (capacity === undefined || !Number.isInteger(capacity) || capacity < 1 || capacity > 10_000)
    problems.capacity = 'capacity';
  return problems;
}

/**
 * The API's body: enrolment opens at the start of its day and closes at the end of its day (Shanghai),
 * but never after the run has begun, which the service refuses.
 */
export function runDraftOf(form: RunForm): RunDraft {
  const closesAtDayEnd = Date.parse(shanghaiMidnight(form.enrolmentClosesOn)) + 86_400_000;
  const start = Date.parse(shanghaiMidnight(form.startsOn));
  return {
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    capacity: form.capacity ?? 0,
    enrolmentOpensAt: shanghaiMidnight(form.enrolmentOpensOn),
    enrolmentClosesAt: new Date(Math.min(closesAtDayEnd, start)).toISOString(),
  };
}
