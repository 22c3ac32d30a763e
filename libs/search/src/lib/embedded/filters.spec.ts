import type { FilterExpression } from '../search-port';
import { DocumentSlots } from './document-slots';
import { compileFilter } from './filters';

const BANDS = [5, 10, 20, 30];

/** Documents with every kind of value the keyed alternatives must agree on: numbers, their text, arrays, none. */
function documents(): DocumentSlots {
  const store = new DocumentSlots();
  const bandValues: unknown[] = [5, 10, 20, 30, '10', 'x', [5, 30], [], undefined, null, true];
  let n = 0;
  for (const band of bandValues) {
    for (const lat of [31.9, 32.1, 32.6, 33.5]) {
      for (const city of ['nanjing', 'NANJING', 'suzhou']) {
        const id = `doc-${n++}`;
        store.put(id, { id, band, city, kind: n % 3 === 0 ? 'open' : 'closed', _geo: { lat, lng: 118.8 } });
      }
    }
  }
  return store;
}

function matches(filter: FilterExpression, store: DocumentSlots): number[] {
  const test = compileFilter(filter, store);
  return Array.from({ length: store.end }, (_, slot) => slot).filter(test);
}

describe('alternatives keyed by one field (radius bands)', () => {
  const center = { lat: 32.05, lng: 118.8 };
  const alternatives: FilterExpression[] = [
    ...BANDS.map((band): FilterExpression => ({
      op: 'and',
      clauses: [
        { op: 'eq', field: 'band', value: band },
        { op: 'geoRadius', center, radiusMeters: band * 10_000 },
      ],
    })),
    {
      op: 'and',
      clauses: [
        { op: 'eq', field: 'band', value: 'X' },
        { op: 'eq', field: 'kind', value: 'open' },
      ],
    },
    { op: 'eq', field: 'city', value: 'suzhou' },
    {
      op: 'and',
      clauses: [
        { op: 'eq', field: 'kind', value: 'open' },
        { op: 'eq', field: 'city', value: 'nanjing' },
      ],
    },
  ];

  it('match exactly what testing each alternative in turn matches', () => {
    const store = documents();
    const oneByOne = alternatives.map((alternative) => new Set(matches(alternative, store)));
    const expected = Array.from({ length: store.end }, (_, slot) => slot).filter((slot) =>
      oneByOne.some((set) => set.has(slot)),
    );
    const found = matches({ op: 'or', clauses: alternatives }, store);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(store.end);
  });

  it('keep the case-insensitive, number-as-text equality of single clauses', () => {
    const store = documents();
    const keyed: FilterExpression = {
      op: 'or',
      clauses: [
        {
          op: 'and',
          clauses: [
            { op: 'eq', field: 'city', value: 'Nanjing' },
            { op: 'eq', field: 'band', value: '10' },
          ],
        },
        {
          op: 'and',
          clauses: [
            { op: 'eq', field: 'city', value: 'SUZHOU' },
            { op: 'eq', field: 'band', value: 30 },
          ],
        },
      ],
    };
    const byHand = matches(
      {
        op: 'and',
        clauses: [
          { op: 'eq', field: 'city', value: 'nanjing' },
          { op: 'eq', field: 'band', value: 10 },
        ],
      },
      store,
    ).concat(
      matches(
        {
          op: 'and',
          clauses: [
            { op: 'eq', field: 'city', value: 'suzhou' },
            { op: 'eq', field: 'band', value: 30 },
          ],
        },
        store,
      ),
    );
    expect(matches(keyed, store)).toEqual(byHand.sort((a, b) => a - b));
  });
});

describe('an `in` clause with a long list of values', () => {
  it('matches what the same values as single equalities match (case, number as text, arrays)', () => {
    const store = documents();
    const values = ['10', 'X', 30, true, 'NANJING', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (const field of ['band', 'city']) {
      const oneByOne = values.map((value) => new Set(matches({ op: 'eq', field, value }, store)));
      const expected = Array.from({ length: store.end }, (_, slot) => slot).filter((slot) =>
        oneByOne.some((set) => set.has(slot)),
      );
      const found = matches({ op: 'in', field, values }, store);
      expect(found).toEqual(expected);
      expect(found.length).toBeGreaterThan(0);
    }
  });
});
