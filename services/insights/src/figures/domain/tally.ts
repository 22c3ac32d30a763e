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
  recent: string[];
}

/** Far more than a fetched batch holds: only the batch a crash interrupted can come again. */
export const RECENT_EVENTS_KEPT = 5000;

export interface CountKey {
  figure: FigureId;
  cityId: string;
  districtId: string;
  day: string;
}

export function tallyIdOf(source: { topic: string; partition: number }, month: string): string {
  return `${source.topic}:${source.partition}:${month}`;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Taxonomy ids and days hold no `|`, so the key splits back unambiguously. */
export function countKeyOf(key: CountKey): string {
  return [key.figure, key.cityId, key.districtId, key.day].join('|');
}

export function parseCountKey(text: string): CountKey {
  const [figure, cityId, districtId, day] = text.split('|');
  return { figure: figure as FigureId, cityId, districtId, day };
}

export function emptyTally(id: string, month: string): Tally {
  return { id, month, counts: {}, recent: [] };
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
  for (const { eventId, contributions } of events) {
    if (seen.has(eventId)) continue;
    seen.add(eventId);
    recent.push(eventId);
    for (const contribution of contributions) {
      const key = countKeyOf(contribution);
      counts[key] = (counts[key] ?? 0) + contribution.amount;
    }
  }
  return { ...tally, counts, recent: recent.slice(-RECENT_EVENTS_KEPT) };
}
