import type { Contribution } from './contribution';
import type { FigureId } from './figures';

/**
 * The counts one Kafka partition of one topic contributed in one month (Asia/Shanghai), keyed by figure,
 * city, district and day, with the ids of the events applied most recently. Only the partition's owner
 * writes it, one batch after another, so a read-then-replace is safe on FerretDB too; a batch redelivered
 * after a crash (applied, not yet in the consumer's ledger) finds its events among `recent` and is not
 * counted again.
 */
export interface Tally {
  id: string;
  month: string;
  counts: Record<string, number>;
  /** The latest events applied, as `recentKeyOf` keys (compact: the tally is read and rewritten per batch). */
  recent: string[];
  /** The title each course counted here was last sent with (courseId → title), for the per-course view. */
  courseTitles: Record<string, string>;
}

/** Far more than a fetched batch holds: only the batch a crash interrupted can come again. */
export const RECENT_EVENTS_KEPT = 5000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An event id as a tally keeps it among `recent`: a UUID (every envelope's id) as its 16 bytes in base64url,
 * 22 characters instead of 36, anything else percent-encoded after `~` (which base64url never holds), so
 * two ids share a key only when they are the same id. Keys hold no space: the repository joins them with one.
 */
export function recentKeyOf(eventId: string): string {
  return UUID.test(eventId)
    ? Buffer.from(eventId.replace(/-/g, ''), 'hex').toString('base64url')
    : `~${encodeURIComponent(eventId)}`;
}

export interface CountKey {
  figure: FigureId;
  cityId: string;
  districtId: string;
  day: string;
  /** The course the count belongs to (trainings' figures only). */
  courseId?: string;
}

export function tallyIdOf(source: { topic: string; partition: number }, month: string): string {
  return `${source.topic}:${source.partition}:${month}`;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/**
 * A course id as a key part: a field name may hold neither `.` nor a leading `$`, and the key is split on
 * `|`, so those are percent-encoded (course ids are ObjectIds today; the contract allows any text).
 */
export function courseKeyPart(courseId: string): string {
  return encodeURIComponent(courseId).replace(/\./g, '%2E');
}

/**
 * `<figure>|<city>|<district>|<day>`, then `|<course>` for a count kept per course. Taxonomy ids and days
 * hold no `|` and course ids are encoded, so the key splits back unambiguously.
 */
export function countKeyOf(key: CountKey): string {
  const parts = [key.figure, key.cityId, key.districtId, key.day];
  if (key.courseId !== undefined) parts.push(courseKeyPart(key.courseId));
  return parts.join('|');
}

export function parseCountKey(text: string): CountKey {
  const [figure, cityId, districtId, day, course] = text.split('|');
  return {
    figure: figure as FigureId,
    cityId,
    districtId,
    day,
    ...(course !== undefined ? { courseId: decodeURIComponent(course) } : {}),
  };
}

export function emptyTally(id: string, month: string): Tally {
  return { id, month, counts: {}, recent: [], courseTitles: {} };
}

export interface AppliedEvent {
  eventId: string;
  contributions: readonly Contribution[];
}

/** The tally with the events' contributions added, leaving out those it has applied already. */
export function applyEvents(tally: Tally, events: readonly AppliedEvent[]): Tally {
  const seen = new Set(tally.recent);
  const counts = { ...tally.counts };
  const recent = [...tally.recent];
  const courseTitles = { ...tally.courseTitles };
  for (const { eventId, contributions } of events) {
    const key = recentKeyOf(eventId);
    if (seen.has(key)) continue;
    seen.add(key);
    recent.push(key);
    for (const contribution of contributions) {
      const countKey = countKeyOf({ ...contribution, courseId: contribution.course?.id });
      counts[countKey] = (counts[countKey] ?? 0) + contribution.amount;
      if (contribution.course)
        courseTitles[courseKeyPart(contribution.course.id)] = contribution.course.title;
    }
  }
  return { ...tally, counts, recent: recent.slice(-RECENT_EVENTS_KEPT), courseTitles };
}
