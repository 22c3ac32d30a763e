import type { EnrolmentCanceller } from '@vetlink/contracts';

/**
 * A veteran's place in a course run: a seat (enrolled), a place in line (waitlisted), given up before
 * the start (cancelled), or the recorded end (completed / not-completed).
 */
export type EnrolmentStatus = 'enrolled' | 'waitlisted' | 'cancelled' | 'completed' | 'not-completed';

/** Statuses that hold something in the run: a seat or a waitlist place. */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'waitlisted'];

export interface Completion {
  outcome: 'completed' | 'not-completed';
  attendancePercent: number;
  recordedBy: string;
  recordedAt: Date;
}

export interface Enrolment {
  id: string;
  runId: string;
  courseId: string;
  veteranId: string;
  status: EnrolmentStatus;
  /** The seat held while enrolled (1..capacity); kept after completion for the record. */
  seatNo?: number;
  /** The place in line when it was waitlisted; kept after a promotion for the record. */
  waitlistPosition?: number;
  /** Grows with every change; each change first claims `<id>:change:<sequence>` (claims.ts). */
  sequence: number;
  enrolledAt: Date;
  promotedAt?: Date;
  cancelledAt?: Date;
  cancelledBy?: EnrolmentCanceller;
  completion?: Completion;
  /** Seated when the run was recorded with its roster, after it had begun (no one enrolled in vetlink). */
  recordedAfterwards?: true;
  updatedAt: Date;
}

export function isActive(enrolment: Pick<Enrolment, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(enrolment.status);
}

/** The waitlisted ones in the order they moved in line: lowest place first. */
export function inLineOrder<T extends Pick<Enrolment, 'status' | 'waitlistPosition'>>(
  enrolments: readonly T[],
): T[] {
  return enrolments
    .filter((enrolment) => enrolment.status === 'waitlisted')
    .sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity));
}
