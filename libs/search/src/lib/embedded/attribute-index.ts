import type { FilterExpression, Scalar } from '../search-port';
import { equalityKey, fieldReader, forEachValue, type FieldReader } from './fields';

/** One flag per slot: 1 where a document may match; `exact` when it is exactly the matches. */
export interface Candidates {
  slots: Uint8Array;
  exact: boolean;
}

/**
 * Which slots hold each value of each filterable attribute. It only narrows the documents a filter
 * has to be tested on (equality and `in` clauses, the commonest in our queries); the compiled
 * filter still decides every match.
 */
export class AttributeIndex {
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
   * Slots that may match the filter (a superset of the matches, exact when every clause was answered
   * from the index), or undefined when the index cannot narrow it.
   */
  candidates(filter: FilterExpression, end: number): Candidates | undefined {
    switch (filter.op) {
      case 'eq':
        return this.slotsWith(filter.field, [filter.value], end);
      case 'in':
        return this.slotsWith(filter.field, filter.values, end);
      case 'and': {
        let intersection: Candidates | undefined;
        let exact = true;
        for (const clause of filter.clauses) {
          const candidates = this.candidates(clause, end);
          exact &&= candidates?.exact === true;
          if (!candidates) continue;
          if (!intersection) intersection = candidates;
          else for (let slot = 0; slot < end; slot += 1) intersection.slots[slot] &= candidates.slots[slot];
        }
        return intersection && { slots: intersection.slots, exact };
      }
      case 'or': {
        const union = new Uint8Array(end);
        let exact = true;
        for (const clause of filter.clauses) {
          const candidates = this.candidates(clause, end);
          if (!candidates) return undefined;
          exact &&= candidates.exact;
          for (let slot = 0; slot < end; slot += 1) union[slot] |= candidates.slots[slot];
        }
        return { slots: union, exact };
      }
      default:
        return undefined;
    }
  }

  private slotsWith(field: string, values: readonly Scalar[], end: number): Candidates | undefined {
    const posting = this.postings.get(field);
    if (!posting) return undefined;
    const slots = new Uint8Array(end);
    for (const value of values) {
      for (const slot of posting.slotsByKey.get(String(value).toLowerCase()) ?? []) slots[slot] = 1;
    }
    return { slots, exact: true };
  }
}
