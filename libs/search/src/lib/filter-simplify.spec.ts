import { simplifyFilter } from './filter-simplify';
import type { FilterExpression } from './search-port';

const open: FilterExpression = { op: 'eq', field: 'status', value: 'open' };

describe('simplifyFilter', () => {
  it('reads empty lists as set logic does', () => {
    expect(simplifyFilter(undefined)).toBe('matches-all');
    expect(simplifyFilter({ op: 'in', field: 'skills', values: [] })).toBe('matches-none');
    expect(simplifyFilter({ op: 'or', clauses: [] })).toBe('matches-none');
    expect(simplifyFilter({ op: 'and', clauses: [] })).toBe('matches-all');
    expect(simplifyFilter({ op: 'not', clause: { op: 'in', field: 'skills', values: [] } })).toBe(
      'matches-all',
    );
  });

  it('drops constant clauses and unwraps a lone one', () => {
    expect(simplifyFilter({ op: 'and', clauses: [open, { op: 'and', clauses: [] }] })).toEqual(open);
    expect(simplifyFilter({ op: 'or', clauses: [open, { op: 'in', field: 'skills', values: [] }] })).toEqual(
      open,
    );
    expect(simplifyFilter({ op: 'and', clauses: [open, { op: 'or', clauses: [] }] })).toBe('matches-none');
    expect(simplifyFilter({ op: 'or', clauses: [open, { op: 'and', clauses: [] }] })).toBe('matches-all');
  });
});
