import { parseClockTime } from '@vetlink/clock';

/** One reminder before a run: `daysBefore` days before its first day, at `minuteOfDay` (Asia/Shanghai). */
export interface ReminderOffset {
  daysBefore: number;
  minuteOfDay: number;
}

const MAX_OFFSETS = 5;
const MAX_DAYS = 30;

/**
 * `3d@08:00,1d@08:00` → the offsets, or a message saying what is wrong. A run starts at midnight of its
 * first day, so reminders are given a kind hour of a day before it rather than "72 hours before".
 */
export function parseReminderOffsets(text: string): ReminderOffset[] | string {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_OFFSETS)
    return `1 to ${MAX_OFFSETS} reminders, comma-separated, e.g. 3d@08:00,1d@08:00`;
  const offsets: ReminderOffset[] = [];
  for (const part of parts) {
    const match = /^(\d{1,2})d@(\d{2}:\d{2})$/.exec(part);
    const days = match ? Number(match[1]) : NaN;
    if (!match || days < 1 || days > MAX_DAYS)
      return `"${part}" is not <days>d@HH:mm with 1 to ${MAX_DAYS} days`;
    let minuteOfDay: number;
    try {
      minuteOfDay = parseClockTime(match[2] as string);
    } catch {
      return `"${part}" has no valid time of day (HH:mm)`;
    }
    if (offsets.some((offset) => offset.daysBefore === days && offset.minuteOfDay === minuteOfDay))
      return `"${part}" is given twice`;
    offsets.push({ daysBefore: days, minuteOfDay });
  }
  return offsets;
}

/** `3d0800`: the offset in job ids and claim ids (BullMQ job ids may not contain `:`). */
export function offsetKey(offset: ReminderOffset): string {
  const hours = String(Math.floor(offset.minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(offset.minuteOfDay % 60).padStart(2, '0');
  return `${offset.daysBefore}d${hours}${minutes}`;
}
