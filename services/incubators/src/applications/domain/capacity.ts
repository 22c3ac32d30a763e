/**
 * Changing how many seats a programme has, or units of a space type a base has, without ever letting
 * more than it has. Seats and units are numbered claims (1..count); lowering the count retires the
 * numbers above it by claiming them for no application, so an admission that read the old count can
 * never take one of them, and a number an application holds cannot be retired: that change is refused.
 */

/** The holder of a retired seat or unit: no application, never reclaimed as left behind. */
export const RETIRED_HOLDER = 'capacity-retired';

export interface CapacityPlan {
  /** Numbers above the new count, retired (claimed for no application) before the count is lowered. */
  retire: number[];
  /** Retirements at or below this number are lifted (the count is raised, or a retirement was left behind). */
  reopenUpTo: number;
}

export function capacityPlan(current: number, wanted: number): CapacityPlan {
  const retire = Array.from({ length: Math.max(0, current - wanted) }, (_, index) => wanted + index + 1);
  return { retire, reopenUpTo: wanted };
}

export interface HeldNumber {
  number: number;
  applicationId: string;
}

/** The 409's message: what cannot be lowered, and which numbers above the new count are allocated to whom. */
export function overAllocationMessage(what: string, wanted: number, held: readonly HeldNumber[]): string {
  const sorted = [...held].sort((a, b) => a.number - b.number);
  const named = sorted.map((entry) => `${what} ${entry.number} to application ${entry.applicationId}`);
  return (
    `cannot lower ${what}s to ${wanted}: ${named.join(', ')} ${sorted.length === 1 ? 'is' : 'are'} allocated; ` +
    `free ${sorted.length === 1 ? 'it' : 'them'} first`
  );
}
