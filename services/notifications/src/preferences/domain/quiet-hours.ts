import { nextShanghaiClockTime, parseClockTime, shanghaiMinuteOfDay } from '@vetlink/clock';

/** Wall-clock times in Asia/Shanghai; a window may span midnight (22:00 to 07:00). */
export interface QuietHours {
  start: string;
  end: string;
}

/** True when `instant` falls inside the window (start included, end excluded). */
export function isQuiet(window: QuietHours | null, instant: Date): boolean {
  if (!window) return false;
  const start = parseClockTime(window.start);
  const end = parseClockTime(window.end);
  if (start === end) return false;
  const minute = shanghaiMinuteOfDay(instant);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When a message that may not interrupt should go out: null when now is fine, otherwise the instant the
 * quiet window ends (the next `end` in Shanghai after now).
 */
export function quietUntil(window: QuietHours | null, now: Date): Date | null {
  if (!window || !isQuiet(window, now)) return null;
  return nextShanghaiClockTime(now, parseClockTime(window.end));
}
