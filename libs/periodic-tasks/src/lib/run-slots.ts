/**
 * Where replicas agree who runs a task in a slot (one interval of wall-clock time, counted from the
 * epoch): the first to claim a slot runs it, the others skip it. A claim must be race-proof across
 * processes, such as an insert under a unique key.
 */
export interface RunSlotClaims {
  /** True for the one caller that claimed the task's slot first; false for every later one. */
  claim(task: string, slotStart: Date, intervalMs: number): Promise<boolean>;
}

/** The start of the slot that `nowMs` falls in. */
export function slotStart(nowMs: number, intervalMs: number): Date {
  return new Date(nowMs - (nowMs % intervalMs));
}

/** How long from `nowMs` until the next slot begins (a whole interval when exactly on a boundary). */
export function untilNextSlot(nowMs: number, intervalMs: number): number {
  return intervalMs - (nowMs % intervalMs);
}
