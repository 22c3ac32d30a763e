/**
 * Completion → hire within 90 days: the pairing rule, on instants. A hire pairs with a completion of the
 * same veteran when it falls 0 to 90 × 24 hours after it; each completion pairs once (with its first hire
 * that claims it), a hire may pair with several completions.
 */
export const HIRE_WINDOW_DAYS = 90;
const WINDOW_MS = HIRE_WINDOW_DAYS * 24 * 3600_000;

/** A course completion as insights remembers it for the veteran until they are erased. */
export interface RememberedCompletion {
  veteranId: string;
  enrolmentId: string;
  courseId: string;
  courseTitle: string;
  cityId: string;
  completedAt: string;
}

/** A hire as insights remembers it for the veteran. */
export interface RememberedHire {
  veteranId: string;
  applicationId: string;
  hiredAt: string;
}

export function hiredWithinWindow(completedAt: string, hiredAt: string): boolean {
  const after = Date.parse(hiredAt) - Date.parse(completedAt);
  return after >= 0 && after <= WINDOW_MS;
}

/** The veteran's hires that may pair with a completion, earliest first (the one it tries to claim). */
export function hiresAfter(
  completion: RememberedCompletion,
  hires: readonly RememberedHire[],
): RememberedHire[] {
  return hires
    .filter((hire) => hiredWithinWindow(completion.completedAt, hire.hiredAt))
    .sort(
      (a, b) => Date.parse(a.hiredAt) - Date.parse(b.hiredAt) || (a.applicationId < b.applicationId ? -1 : 1),
    );
}

/** The veteran's completions a hire may pair with. */
export function completionsBefore(
  hire: RememberedHire,
  completions: readonly RememberedCompletion[],
): RememberedCompletion[] {
  return completions.filter((completion) => hiredWithinWindow(completion.completedAt, hire.hiredAt));
}
