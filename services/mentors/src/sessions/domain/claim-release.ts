import { addDays, isoWeekday, shanghaiDate, shanghaiMidnight } from '../../availability/domain/shanghai';
import { Capacity } from './claims';

/**
 * When the sweep may drop a claim because its time has passed: time blocks once the busy time is over
 * (the past cannot be booked), a veteran's places among the upcoming once the session has ended, and
 * the mentor's daily and weekly places once that ISO week is over in Shanghai.
 */
export function releaseAfterOf(
  session: { end: Date; blockedUntil: Date },
  capacity?: Pick<Capacity, 'upcomingOnly'>,
): Date {
  if (!capacity) return session.blockedUntil;
  if (capacity.upcomingOnly) return session.end;
  const day = shanghaiDate(session.end);
  return shanghaiMidnight(addDays(day, 8 - isoWeekday(day)));
}

/** The claim ids a held or missed session gives back: its places among the veteran's upcoming sessions. */
export function isUpcomingOnlyClaim(claimId: string): boolean {
  return claimId.startsWith('upcoming:') || claimId.startsWith('pair:');
}
