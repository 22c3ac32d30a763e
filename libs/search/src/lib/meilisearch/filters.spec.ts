import { toMeilisearchFilter, toMeilisearchSort } from './filters';

describe('toMeilisearchFilter', () => {
  it('writes comparisons with quoted strings and bare numbers and booleans', () => {
    expect(toMeilisearchFilter({ op: 'eq', field: 'cityId', value: 'nanjing' })).toBe('cityId = "nanjing"');
    expect(toMeilisearchFilter({ op: 'ne', field: 'employmentType', value: 'part-time' })).toBe(
      'employmentType != "part-time"',
    );
    expect(toMeilisearchFilter({ op: 'eq', field: 'veteranPriority', value: true })).toBe(
      'veteranPriority = true',
    );
    expect(toMeilisearchFilter({ op: 'gt', field: 'salaryMin', value: 5000 })).toBe('salaryMin > 5000');
    expect(toMeilisearchFilter({ op: 'gte', field: 'salaryMin', value: 5000.5 })).toBe('salaryMin >= 5000.5');
    expect(toMeilisearchFilter({ op: 'lt', field: 'salaryMin', value: -1 })).toBe('salaryMin < -1');
    expect(toMeilisearchFilter({ op: 'lte', field: 'company.size', value: 50 })).toBe('company.size <= 50');
  });

  it('escapes quotes and backslashes inside string values', () => {
    expect(toMeilisearchFilter({ op: 'eq', field: 'title', value: 'say "hi" \\ bye' })).toBe(
      'title = "say \\"hi\\" \\\\ bye"',
    );
    expect(toMeilisearchFilter({ op: 'eq', field: 'title', value: '") OR (x = "y' })).toBe(
      'title = "\\") OR (x = \\"y"',
    );
  });

  it('writes IN lists, EXISTS and NOT', () => {
    expect(
      toMeilisearchFilter({ op: 'in', field: 'skills', values: ['forklift', 'drone-piloting', 3] }),
    ).toBe('skills IN ["forklift", "drone-piloting", 3]');
    expect(toMeilisearchFilter({ op: 'exists', field: 'certificate' })).toBe('certificate EXISTS');
    expect(toMeilisearchFilter({ op: 'not', clause: { op: 'exists', field: 'certificate' } })).toBe(
      'NOT (certificate EXISTS)',
    );
  });

  it('parenthesises every and/or clause so nesting keeps its meaning', () => {
    expect(
      toMeilisearchFilter({
        op: 'and',
        clauses: [
          { op: 'eq', field: 'status', value: 'open' },
          {
            op: 'or',
            clauses: [
              { op: 'eq', field: 'cityId', value: 'nanjing' },
              { op: 'gte', field: 'salaryMin', value: 8000 },
            ],
          },
        ],
      }),
    ).toBe('(status = "open") AND ((cityId = "nanjing") OR (salaryMin >= 8000))');
  });

  it('writes a radius in meters around a point', () => {
    expect(
      toMeilisearchFilter({ op: 'geoRadius', center: { lat: 32.0603, lng: 118.7969 }, radiusMeters: 30000 }),
    ).toBe('_geoRadius(32.0603, 118.7969, 30000)');
  });

  it('refuses field names that would need quoting and numbers that are not finite', () => {
    expect(() => toMeilisearchFilter({ op: 'eq', field: 'city id', value: 'x' })).toThrow(
      /not a plain attribute name/,
    );
    expect(() => toMeilisearchFilter({ op: 'eq', field: 'a = 1 OR b', value: 'x' })).toThrow(
      /not a plain attribute name/,
    );
    expect(() => toMeilisearchFilter({ op: 'gt', field: 'salaryMin', value: Number.NaN })).toThrow(
      /not finite/,
    );
  });
});

describe('toMeilisearchSort', () => {
  it('writes field and geo-point sorts in order', () => {
    expect(
      toMeilisearchSort([
        { geoPoint: { lat: 31.2989, lng: 120.5853 }, direction: 'asc' },
        { field: 'salaryMin', direction: 'desc' },
      ]),
    ).toEqual(['_geoPoint(31.2989, 120.5853):asc', 'salaryMin:desc']);
  });
});
