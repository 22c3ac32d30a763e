import { GRID_MINUTES } from '../../availability/domain/availability';
import { isoWeekOf, MINUTE_MS, shanghaiDate } from '../../availability/domain/shanghai';

/**
 * What a booking claims, each as a document whose `_id` names the thing claimed; inserting it is the
 * decision (FerretDB's one race-proof primitive, and MongoDB's with any number of instances):
 * - every 15-minute block of the mentor's busy time (buffers included) and of the veteran's session;
 * - one of N numbered places for each cap: the veteran's upcoming sessions (K), the veteran's sessions
 *   with this mentor (1), the mentor's sessions that day and that ISO week.
 */
export interface ClaimPlan {
  exact: string[];
  capacities: Capacity[];
}

export interface Capacity {
  /** `_id` prefix; the places are `<prefix>:0` … `<prefix>:<limit-1>`. */
  prefix: string;
  limit: number;
  /** Why a full capacity refuses (the 409's message). */
  full: string;
  /** Released when the session is held or missed (a count of upcoming sessions), not only on cancel. */
  upcomingOnly: boolean;
}

export interface ClaimRequest {
  mentorId: string;
  veteranId: string;
  start: Date;
  end: Date;
  blockedFrom: Date;
  blockedUntil: Date;
  limits: { upcomingPerVeteran: number; maxPerDay: number; maxPerWeek: number };
}

export function mentorBlockId(mentorId: string, block: Date): string {
  return `mentor:${mentorId}:${block.toISOString()}`;
}

export function veteranBlockId(veteranId: string, block: Date): string {
  return `veteran:${veteranId}:${block.toISOString()}`;
}

export function placeId(prefix: string, place: number): string {
  return `${prefix}:${place}`;
}

export function claimPlan(request: ClaimRequest): ClaimPlan {
  const day = shanghaiDate(request.start);
  const { mentorId, veteranId, limits } = request;
  return {
    exact: [
      ...blocks(request.blockedFrom, request.blockedUntil).map((block) => mentorBlockId(mentorId, block)),
      ...blocks(request.start, request.end).map((block) => veteranBlockId(veteranId, block)),
    ],
    capacities: [
      {
        prefix: `upcoming:${veteranId}`,
        limit: limits.upcomingPerVeteran,
        full: `you already hold ${limits.upcomingPerVeteran} upcoming sessions; cancel one or wait until it is held`,
        upcomingOnly: true,
      },
      {
        prefix: `pair:${veteranId}:${mentorId}`,
        limit: 1,
        full: 'you already hold an upcoming session with this mentor',
        upcomingOnly: true,
      },
      {
        prefix: `mentor-day:${mentorId}:${day}`,
        limit: limits.maxPerDay,
        full: `the mentor takes at most ${limits.maxPerDay} sessions on ${day}`,
        upcomingOnly: false,
      },
      {
        prefix: `mentor-week:${mentorId}:${isoWeekOf(day)}`,
        limit: limits.maxPerWeek,
        full: `the mentor takes at most ${limits.maxPerWeek} sessions in week ${isoWeekOf(day)}`,
        upcomingOnly: false,
      },
    ],
  };
}

/** Which capacity a claim id is a place of (undefined for a time block). */
export function capacityPrefixOf(claimId: string): string | undefined {
  if (claimId.startsWith('mentor:') || claimId.startsWith('veteran:')) return undefined;
  return claimId.slice(0, claimId.lastIndexOf(':'));
}

/** The 15-minute blocks covering [from, until). */
export function blocks(from: Date, until: Date): Date[] {
  const step = GRID_MINUTES * MINUTE_MS;
  const first = Math.floor(from.getTime() / step) * step;
  const result: Date[] = [];
  for (let block = first; block < until.getTime(); block += step) result.push(new Date(block));
  return result;
}

/** What a reschedule keeps, claims anew and releases: the new time is held before the old is let go. */
export function reschedulePlan(
  held: readonly string[],
  next: ClaimPlan,
): { keep: string[]; claimExact: string[]; claimCapacities: Capacity[]; release: string[] } {
  const heldSet = new Set(held);
  const keep = next.exact.filter((id) => heldSet.has(id));
  const claimExact = next.exact.filter((id) => !heldSet.has(id));
  const claimCapacities: Capacity[] = [];
  for (const capacity of next.capacities) {
    const mine = held.find((id) => capacityPrefixOf(id) === capacity.prefix);
    if (mine) keep.push(mine);
    else claimCapacities.push(capacity);
  }
  const kept = new Set(keep);
  return { keep, claimExact, claimCapacities, release: held.filter((id) => !kept.has(id)) };
}
