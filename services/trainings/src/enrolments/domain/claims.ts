/**
 * What an enrolment claims, each named by a document `_id` so that a unique insert decides every race
 * (FerretDB's one atomic primitive; correct on MongoDB with any number of instances):
 * - `<runId>:<seatNo>`: one of the run's seats, 1..capacity, held while enrolled;
 * - `<runId>:wait:<n>`: the n-th place in the run's line, taken once and kept (never reused);
 * - `<runId>:veteran:<veteranId>`: the veteran's one active enrolment in the run, freed on withdrawal;
 * - `<enrolmentId>:change:<sequence>`: the one change allowed from that sequence (a withdrawal, a
 *   promotion, a completion), so that a double click or two instances change an enrolment once;
 * - `<runId>:cancelled`: the run's cancellation, taken by the one request that cancels it (`c` sorts
 *   after the digits, so it is outside the run's seat range);
 * - `<runId>:capacity:<revision>`: the change of the run's capacity that makes its `capacityRevision`
 *   `revision`, taken by the one request that changes it from the revision before (two at once: 409 for
 *   one), kept as the run's history of changes.
 */
export type ClaimKind = 'seat' | 'wait' | 'veteran' | 'change' | 'run-cancelled' | 'capacity-change';

export function seatClaimId(runId: string, seatNo: number): string {
  return `${runId}:${seatNo}`;
}

export function waitClaimId(runId: string, position: number): string {
  return `${runId}:wait:${position}`;
}

export function veteranClaimId(runId: string, veteranId: string): string {
  return `${runId}:veteran:${veteranId}`;
}

export function changeClaimId(enrolmentId: string, sequence: number): string {
  return `${enrolmentId}:change:${sequence}`;
}

export function runCancelledClaimId(runId: string): string {
  return `${runId}:cancelled`;
}

export function capacityChangeClaimId(runId: string, revision: number): string {
  return `${runId}:capacity:${revision}`;
}

/** How long a request may take between claiming and writing what it claimed for; older orphans are freed. */
export const CLAIM_GRACE_MS = 60_000;

/**
 * The seat numbers to try, all of them once, starting at a random one: 30 rivals starting at seat 1
 * would each fail on every seat taken before theirs (quadratic inserts); spread out, most win at once.
 */
export function seatTryOrder(capacity: number, random: () => number = Math.random): number[] {
  const first = Math.floor(random() * capacity);
  return Array.from({ length: capacity }, (_, step) => ((first + step) % capacity) + 1);
}
