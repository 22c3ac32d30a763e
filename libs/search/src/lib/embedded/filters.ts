import type { FilterExpression, Scalar } from '../search-port';
import type { DocumentSlots } from './document-slots';
import { equalityKey, fieldReader } from './fields';
import { withinRadius } from './geo';

/** Past this many values, an `in` clause tests the document's values rather than the postings of each. */
const MAX_POSTINGS_PER_TEST = 8;

/** Whether the document in a slot matches; the slot must hold a document. */
export type SlotPredicate = (slot: number) => boolean;

/** The slots holding a value of a field (as equality filters compare it); null for a field not indexed. */
export interface Postings {
  slotsHaving(field: string, value: Scalar): ReadonlySet<number> | null;
}

/**
 * A filter as a test on one document; array fields match when any element does. With the postings of
 * the attribute index, equality and `in` clauses on indexed fields are a set lookup per slot instead of
 * a read and comparison of the document's values.
 */
export function compileFilter(
  filter: FilterExpression,
  store: DocumentSlots,
  postings?: Postings,
): SlotPredicate {
  switch (filter.op) {
    case 'eq': {
      const slots = postings?.slotsHaving(filter.field, filter.value);
      if (slots) return (slot) => slots.has(slot);
      const read = fieldReader(filter.field);
      const equals = equalTo(filter.value);
      return (slot) => anyValue(read(store.documentAt(slot)), equals);
    }
    case 'ne': {
      const equal = compileFilter({ ...filter, op: 'eq' }, store, postings);
      return (slot) => !equal(slot);
    }
    case 'in': {
      const sets =
        postings && filter.values.length <= MAX_POSTINGS_PER_TEST
          ? filter.values.map((value) => postings.slotsHaving(filter.field, value))
          : undefined;
      if (sets?.every((set) => set !== null)) {
        const indexed = sets as ReadonlySet<number>[];
        return (slot) => {
          for (const set of indexed) if (set.has(slot)) return true;
          return false;
        };
      }
      // Long lists (every certificate the veteran lacks): the document's few values looked up in the
      // list's keys, instead of each value of the list looked up in the slot's postings.
      const read = fieldReader(filter.field);
      const keys = new Set(filter.values.map(equalityKey));
      const equalsAny = (value: unknown) => keys.has(equalityKey(value));
      return (slot) => anyValue(read(store.documentAt(slot)), equalsAny);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const read = fieldReader(filter.field);
      const holds = numericComparison(filter.op, filter.value);
      const fromDocument: SlotPredicate = (slot) => anyValue(read(store.documentAt(slot)), holds);
      // A sortable field's numbers are a column (NaN where the value is no number, e.g. an array).
      const numbers = store.numbersOf(filter.field);
      if (!numbers) return fromDocument;
      return (slot) => {
        const number = numbers[slot];
        return Number.isNaN(number) ? fromDocument(slot) : holds(number);
      };
    }
    case 'exists': {
      const read = fieldReader(filter.field);
      return (slot) => read(store.documentAt(slot)) !== undefined;
    }
    case 'not': {
      const clause = compileFilter(filter.clause, store, postings);
      return (slot) => !clause(slot);
    }
    case 'and': {
      const clauses = filter.clauses.map((clause) => compileFilter(clause, store, postings));
      return (slot) => {
        for (const clause of clauses) if (!clause(slot)) return false;
        return true;
      };
    }
    case 'or':
      return compileAlternatives(filter.clauses, store, postings);
    case 'geoRadius': {
      const inside = withinRadius(filter.center, filter.radiusMeters);
      // The columns are read at call time: they are replaced when they grow.
      return (slot) => {
        const lat = store.latitudes[slot];
        return !Number.isNaN(lat) && inside(lat, store.longitudes[slot]);
      };
    }
  }
}

/**
 * Alternatives that each start by naming a value of one field (`band = 5 and …`, `band = 10 and …`, as
 * radius bands are written) read that field once and test only the alternative of the value found,
 * instead of every alternative in turn; the others are tested as usual.
 */
function compileAlternatives(
  alternatives: readonly FilterExpression[],
  store: DocumentSlots,
  postings?: Postings,
): SlotPredicate {
  const field = dispatchField(alternatives);
  if (!field) {
    const clauses = alternatives.map((clause) => compileFilter(clause, store, postings));
    return (slot) => {
      for (const clause of clauses) if (clause(slot)) return true;
      return false;
    };
  }
  const byKey = new Map<string, SlotPredicate[]>();
  const others: SlotPredicate[] = [];
  for (const alternative of alternatives) {
    const keyed = keyedAlternative(alternative, field);
    if (!keyed) {
      others.push(compileFilter(alternative, store, postings));
      continue;
    }
    const rest = compileFilter({ op: 'and', clauses: keyed.rest }, store, postings);
    byKey.set(keyed.key, [...(byKey.get(keyed.key) ?? []), rest]);
  }
  const read = fieldReader(field);
  const keyedMatch = (slot: number, value: unknown) => {
    const key = equalityKey(value);
    const tests = key === undefined ? undefined : byKey.get(key);
    return tests !== undefined && tests.some((test) => test(slot));
  };
  return (slot) => {
    const value = read(store.documentAt(slot));
    const keyed = Array.isArray(value)
      ? value.some((element) => keyedMatch(slot, element))
      : keyedMatch(slot, value);
    return keyed || others.some((other) => other(slot));
  };
}

/** The field that at least two alternatives open with an equality on, if any. */
function dispatchField(alternatives: readonly FilterExpression[]): string | undefined {
  const counts = new Map<string, number>();
  for (const alternative of alternatives) {
    const first = alternative.op === 'and' ? alternative.clauses[0] : undefined;
    if (first?.op === 'eq') counts.set(first.field, (counts.get(first.field) ?? 0) + 1);
  }
  return [...counts].find(([, count]) => count >= 2)?.[0];
}

function keyedAlternative(
  alternative: FilterExpression,
  field: string,
): { key: string; rest: FilterExpression[] } | undefined {
  if (alternative.op !== 'and') return undefined;
  const [first, ...rest] = alternative.clauses;
  if (first?.op !== 'eq' || first.field !== field) return undefined;
  const key = equalityKey(first.value);
  return key === undefined ? undefined : { key, rest };
}

function anyValue(value: unknown, test: (value: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return value !== undefined && test(value);
  for (const element of value) if (test(element)) return true;
  return false;
}

/**
 * Equality as Meilisearch filters have it: strings case-insensitively, and a number or boolean
 * equal to a string of the same text. The same-type comparison comes first because it decides
 * almost every document without allocating a string.
 */
function equalTo(expected: Scalar): (value: unknown) => boolean {
  const key = String(expected).toLowerCase();
  return (value) => {
    if (typeof value === typeof expected && typeof value !== 'string') return value === expected;
    if (typeof value === 'string')
      return value === expected || (value.length === key.length && value.toLowerCase() === key);
    return (typeof value === 'number' || typeof value === 'boolean') && String(value) === key;
  };
}

function numericComparison(op: 'gt' | 'gte' | 'lt' | 'lte', bound: number): (value: unknown) => boolean {
  switch (op) {
    case 'gt':
      return (value) => typeof value === 'number' && value > bound;
    case 'gte':
      return (value) => typeof value === 'number' && value >= bound;
    case 'lt':
      return (value) => typeof value === 'number' && value < bound;
    case 'lte':
      return (value) => typeof value === 'number' && value <= bound;
  }
}
