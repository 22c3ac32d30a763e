import { shanghaiDay } from '@vetlink/clock';

/** One user's job pushes of one Shanghai day, by notification id (so counting one twice is impossible). */
export interface DailyPushCount {
  userId: string;
  day: string;
  notificationIds: readonly string[];
}

export function pushCountKey(userId: string, now: Date): string {
  return `${userId}|${shanghaiDay(now)}`;
}

/**
 * Whether one more job push fits the user's daily cap. A notification already counted fits again
 * (a redelivered event must reach the same answer).
 */
export function fitsDailyCap(count: DailyPushCount | null, notificationId: string, cap: number): boolean {
  if (!count) return cap > 0;
  if (count.notificationIds.includes(notificationId)) return true;
  return count.notificationIds.length < cap;
}
