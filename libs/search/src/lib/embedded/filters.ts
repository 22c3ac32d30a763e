import type { FilterExpression, Scalar } from '../search-port';
import type { DocumentSlots } from './document-slots';
import { fieldReader } from './fields';
import { withinRadius } from './geo';

/** Whether the document in a slot matches; the slot must hold a document. */
export type SlotPredicate = (slot: number) => boolean;

/** A filter as a test on one document; array fields match when any element does. */
export function compileFilter(filter: FilterExpression, store: DocumentSlots): SlotPredicate {
  switch (filter.op) {
    case 'eq': {
      const read = fieldReader(filter.field);
      const equals = equalTo(filter.value);
      return (slot) => anyValue(read(store.documentAt(slot)), equals);
    }
    case 'ne': {
      const equal = compileFilter({ ...filter, op: 'eq' }, store);
      return (slot) => !equal(slot);
    }
    case 'in': {
      const read = fieldReader(filter.field);
      const tests = filter.values.map(equalTo);
      const equalsAny = (value: unknown) => tests.some((equals) => equals(value));
      return (slot) => anyValue(read(store.documentAt(slot)), equalsAny);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const read = fieldReader(filter.field);
      const holds = numericComparison(filter.op, filter.value);
      return (slot) => anyValue(read(store.documentAt(slot)), holds);
    }
    case 'exists': {
      const read = fieldReader(filter.field);
      return (slot) => read(store.documentAt(slot)) !== undefined;
    }
    case 'not': {
      const clause = compileFilter(filter.clause, store);
      return (slot) => !clause(slot);
    }
    case 'and': {
      const clauses = filter.clauses.map((clause) => compileFilter(clause, store));
      return (slot) => clauses.every((clause) => clause(slot));
    }
    case 'or': {
      const clauses = filter.clauses.map((clause) => compileFilter(clause, store));
      return (slot) => clauses.some((clause) => clause(slot));
    }
    case 'geoRadius': {
      const inside = withinRadius(filter.center, filter.radiusMeters);
      // The columns are read at call time: they are replaced when they grow.
      return (slot) => {
        const lat = store.latitudes[slot];
        return !Number.isNaN(lat) && inside({ lat, lng: store.longitudes[slot] });
      };
    }
  }
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
    if (typeof value === 'string') return value === expected || (value.length === key.length && value.toLowerCase() === key);
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
