import { describe, expect, it } from 'vitest';
import { emptyFilters, searchQuery, sortAllowed } from './job-search';

describe('job search query', () => {
  it('asks for the first page of everything when nothing is chosen', () => {
    expect(searchQuery(emptyFilters(), 0)).toEqual({ limit: 20, offset: 0 });
  });

  it('turns a distance from home into a radius around home', () => {
    const query = searchQuery({ ...emptyFilters(), distanceKm: 10, q: ' 叉车 ' }, 40);
    expect(query).toEqual({ q: '叉车', near: 'home', radiusKm: 10, limit: 20, offset: 40 });
  });

  it('keeps the chosen filters', () => {
    const query = searchQuery(
      {
        ...emptyFilters(),
        cityId: 'nanjing',
        employmentType: 'full-time',
        salaryMin: 6000,
        veteransOnly: true,
      },
      0,
    );
    expect(query).toMatchObject({
      cityId: 'nanjing',
      employmentType: ['full-time'],
      salaryMin: 6000,
      veteransOnly: 'true',
    });
  });

  it('sorts by distance only around home, by relevance only with words', () => {
    expect(sortAllowed('distance', { q: '', distanceKm: 0 })).toBe(false);
    expect(sortAllowed('distance', { q: '', distanceKm: 5 })).toBe(true);
    expect(sortAllowed('relevance', { q: ' ', distanceKm: 5 })).toBe(false);
    expect(sortAllowed('newest', { q: '', distanceKm: 0 })).toBe(true);
    expect(searchQuery({ ...emptyFilters(), sort: 'distance' }, 0)).not.toHaveProperty('sort');
    expect(searchQuery({ ...emptyFilters(), sort: 'distance', distanceKm: 30 }, 0)).toHaveProperty(
      'sort',
      'distance',
    );
  });
});
