import type { FilterExpression, GeoPoint, Scalar } from '../search-port';
import type { DocumentSlots } from './document-slots';
import { equalityKey, fieldReader, forEachValue, type FieldReader } from './fields';
import type { Postings } from './filters';
import { withinRadius } from './geo';

/** One flag per slot: 1 where a document may match, and the part of the filter still to test there. */
export interface Candidates {
  slots: Uint8Array;
  /** What the flags do not answer; absent when the flagged slots are exactly the matches. */
  residual?: FilterExpression;
}

/**
 * A clause matching more than this share of the slots (`status = open`) is cheaper to test on each
 * remaining candidate than to mark in a flag array of every slot and intersect; a narrower one is
 * cheaper to mark (measured on the matching service's queries at 100,000 documents).
 */
const SELECTIVE_SHARE = 1 / 2;
/** How many documents a radius is guessed to hold (a share of all), to weigh it against the postings. */
const RADIUS_SHARE = 1 / 16;
const NO_SLOTS: ReadonlySet<number> = new Set();

/**
 * Which slots hold each value of each filterable attribute. It answers equality and `in` clauses (the
 * commonest in our queries) and radius clauses (from the point columns), and narrows the documents the
 * rest of a filter has to be tested on.
 */
export class AttributeIndex implements Postings {
  private readonly postings = new Map<string, { read: FieldReader; slotsByKey: Map<string, Set<number>> }>();

  constructor(fields: readonly string[]) {
    for (const field of fields) this.postings.set(field, { read: fieldReader(field), slotsByKey: new Map() });
  }

  add(slot: number, document: object): void {
    for (const { read, slotsByKey } of this.postings.values()) {
      forEachValue(read(document), (value) => {
        const key = equalityKey(value);
        if (key === undefined) return;
        const slots = slotsByKey.get(key);
        if (slots) slots.add(slot);
        else slotsByKey.set(key, new Set([slot]));
      });
    }
  }

  remove(slot: number, document: object): void {
    for (const { read, slotsByKey } of this.postings.values()) {
      forEachValue(read(document), (value) => {
        const key = equalityKey(value);
        const slots = key === undefined ? undefined : slotsByKey.get(key);
        slots?.delete(slot);
        if (key !== undefined && slots?.size === 0) slotsByKey.delete(key);
      });
    }
  }

  /**
   * Slots that may match the filter, from the postings and point columns, with what remains to be
   * tested on each of them; undefined when the index cannot narrow it. Of an `and`, the most selective
   * clause is marked, and the others unless they are broad (SELECTIVE_SHARE).
   */
  candidates(filter: FilterExpression, store: DocumentSlots): Candidates | undefined {
    const { end } = store;
    switch (filter.op) {
      case 'eq':
        return this.slotsWith(filter.field, [filter.value], end);
      case 'in':
        return this.slotsWith(filter.field, filter.values, end);
      case 'geoRadius':
        return { slots: slotsWithin(filter.center, filter.radiusMeters, store) };
      case 'and': {
        const exclusions = filter.clauses.filter((clause) => this.isExclusion(clause));
        const bySelectivity = filter.clauses
          .filter((clause) => !this.isExclusion(clause))
          .map((clause) => ({ clause, estimate: this.estimate(clause, end) }))
          .sort((a, b) => a.estimate - b.estimate);
        let marked: Uint8Array | undefined;
        const residual: FilterExpression[] = [];
        for (const { clause, estimate } of bySelectivity) {
          if (clause.op === 'geoRadius' && marked) {
            // Only the points still marked need the distance test, not every point.
            keepWithin(marked, clause.center, clause.radiusMeters, store);
            continue;
          }
          const worthMarking = Number.isFinite(estimate) && (!marked || estimate <= end * SELECTIVE_SHARE);
          const candidates = worthMarking ? this.candidates(clause, store) : undefined;
          if (!candidates) {
            residual.push(clause);
            continue;
          }
          if (candidates.residual) residual.push(candidates.residual);
          if (!marked) marked = candidates.slots;
          else for (let slot = 0; slot < end; slot += 1) marked[slot] &= candidates.slots[slot];
        }
        if (exclusions.length > 0) {
          marked ??= new Uint8Array(end).fill(1);
          for (const exclusion of exclusions) this.unmark(marked, exclusion);
        }
        if (!marked) return undefined;
        if (residual.length === 0) return { slots: marked };
        return {
          slots: marked,
          residual: residual.length === 1 ? residual[0] : { op: 'and', clauses: residual },
        };
      }
      case 'or': {
        const union = new Uint8Array(end);
        let exact = true;
        for (const clause of filter.clauses) {
          const candidates = this.candidates(clause, store);
          if (!candidates) return undefined;
          exact &&= candidates.residual === undefined;
          for (let slot = 0; slot < end; slot += 1) union[slot] |= candidates.slots[slot];
        }
        // A residual of one alternative cannot be tested apart from the others: the whole `or` is.
        return exact ? { slots: union } : { slots: union, residual: filter };
      }
      default:
        return undefined;
    }
  }

  /** The slots whose field holds this value (an empty set when none does); null when the field has no postings. */
  slotsHaving(field: string, value: Scalar): ReadonlySet<number> | null {
    const posting = this.postings.get(field);
    if (!posting) return null;
    return posting.slotsByKey.get(scalarKey(value)) ?? NO_SLOTS;
  }

  /**
   * `not F = v` or `not F in [...]` on a field with postings (a job's certificates the veteran lacks):
   * unmarking the slots that hold those values costs what their postings hold, where testing the rest
   * would read each remaining document (the costliest test: a document read misses the cache).
   */
  private isExclusion(filter: FilterExpression): filter is FilterExpression & { op: 'not' } {
    if (filter.op !== 'not') return false;
    const { clause } = filter;
    return (clause.op === 'eq' || clause.op === 'in') && this.postings.has(clause.field);
  }

  private unmark(marked: Uint8Array, exclusion: FilterExpression & { op: 'not' }): void {
    const clause = exclusion.clause as FilterExpression & { op: 'eq' | 'in' };
    const posting = this.postings.get(clause.field);
    if (!posting) return;
    const values = clause.op === 'eq' ? [clause.value] : clause.values;
    for (const value of values) {
      for (const slot of posting.slotsByKey.get(scalarKey(value)) ?? NO_SLOTS) marked[slot] = 0;
    }
  }

  /** About how many slots a clause marks (Infinity when it cannot be marked). */
  private estimate(filter: FilterExpression, end: number): number {
    switch (filter.op) {
      case 'eq':
        return this.postingSize(filter.field, [filter.value]);
      case 'in':
        return this.postingSize(filter.field, filter.values);
      case 'geoRadius':
        return end * RADIUS_SHARE;
      case 'and':
        return Math.min(...filter.clauses.map((clause) => this.estimate(clause, end)));
      case 'or':
        return filter.clauses.reduce((sum, clause) => sum + this.estimate(clause, end), 0);
      default:
        return Number.POSITIVE_INFINITY;
    }
  }

  private postingSize(field: string, values: readonly Scalar[]): number {
    const posting = this.postings.get(field);
    if (!posting) return Number.POSITIVE_INFINITY;
    return values.reduce<number>(
      (sum, value) => sum + (posting.slotsByKey.get(scalarKey(value))?.size ?? 0),
      0,
    );
  }

  private slotsWith(field: string, values: readonly Scalar[], end: number): Candidates | undefined {
    const posting = this.postings.get(field);
    if (!posting) return undefined;
    const slots = new Uint8Array(end);
    for (const value of values) {
      for (const slot of posting.slotsByKey.get(scalarKey(value)) ?? []) slots[slot] = 1;
    }
    return { slots };
  }
}

function slotsWithin(center: GeoPoint, radiusMeters: number, store: DocumentSlots): Uint8Array {
  return keepWithin(new Uint8Array(store.end).fill(1), center, radiusMeters, store);
}

/** Unmarks the marked slots whose point is missing or outside the circle. */
function keepWithin(
  marked: Uint8Array,
  center: GeoPoint,
  radiusMeters: number,
  store: DocumentSlots,
): Uint8Array {
  const inside = withinRadius(center, radiusMeters);
  const { latitudes, longitudes } = store;
  for (let slot = 0; slot < marked.length; slot += 1) {
    if (marked[slot] === 0) continue;
    const lat = latitudes[slot];
    if (Number.isNaN(lat) || !inside(lat, longitudes[slot])) marked[slot] = 0;
  }
  return marked;
}

/** The postings key of a filter value: a scalar always has one. */
function scalarKey(value: Scalar): string {
  return equalityKey(value) as string;
}
