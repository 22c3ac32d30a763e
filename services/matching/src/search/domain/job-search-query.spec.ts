import { jobSearchQuery } from './job-search-query';

describe('job search query', () => {
  it('asks for open jobs only, newest first, with facets', () => {
    expect(jobSearchQuery({ limit: 20, offset: 0 })).toEqual({
      filter: { op: 'and', clauses: [{ op: 'eq', field: 'status', value: 'open' }] },
      sort: [{ field: 'postedAtMs', direction: 'desc' }],
      facets: ['cityId', 'employmentType', 'occupationCategory', 'veteranPriority', 'veteransOnly'],
      limit: 20,
      offset: 0,
    });
  });

  it('turns every filter into a clause, and a point into a radius sorted by distance', () => {
    const point = { lat: 32.04, lng: 118.78 };
    const query = jobSearchQuery({
      text: '叉车',
      cityId: 'nanjing',
      employmentTypes: ['full-time'],
      salaryMin: 6000,
      skillIds: ['forklift-operation'],
      veteranPriority: true,
      near: { point, radiusKm: 15 },
      limit: 10,
      offset: 10,
    });
    expect(query.text).toBe('叉车');
    expect(query.sort).toEqual([]);
    expect(query.filter).toEqual({
      op: 'and',
      clauses: [
        { op: 'eq', field: 'status', value: 'open' },
        { op: 'eq', field: 'cityId', value: 'nanjing' },
        { op: 'in', field: 'employmentType', values: ['full-time'] },
        { op: 'gte', field: 'salaryMax', value: 6000 },
        { op: 'in', field: 'skillIds', values: ['forklift-operation'] },
        {
          op: 'or',
          clauses: [
            { op: 'eq', field: 'veteranPriority', value: true },
            { op: 'eq', field: 'veteransOnly', value: true },
          ],
        },
        { op: 'geoRadius', center: point, radiusMeters: 15_000 },
      ],
    });
    expect(jobSearchQuery({ near: { point, radiusKm: 15 }, limit: 10, offset: 0 }).sort).toEqual([
      { geoPoint: point, direction: 'asc' },
    ]);
  });
});
