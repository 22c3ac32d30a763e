import type * as JestGlobals from '@jest/globals';
import { haversineMeters } from '../lib/embedded/geo';
import type { FilterExpression, GeoPoint, SearchEngine, SearchIndex, SearchQuery } from '../lib/search-port';
import { NANJING_CENTRE, contractJobs, contractSettings, jobsById, type ContractJob } from './contract-fixtures';

type Globals = Pick<typeof JestGlobals, 'describe' | 'it' | 'expect' | 'beforeAll' | 'afterAll'>;

export interface SearchContractOptions {
  /** Register the suite as skipped (say why in the name), e.g. when its engine is not reachable. */
  skip?: boolean;
}

/**
 * The behaviour every SearchEngine adapter must share, as a Jest suite. Call it from a spec file
 * with a factory for the engine under test. Jest's functions are taken from the running test's
 * globals rather than imported, so this module costs nothing to import outside Jest.
 */
export function describeSearchContract(
  name: string,
  createEngine: () => SearchEngine | Promise<SearchEngine>,
  options: SearchContractOptions = {},
): void {
  const { describe, it, expect, beforeAll, afterAll } = globalThis as unknown as Globals;
  const run = Math.random().toString(36).slice(2, 8);
  let engine: SearchEngine;
  let jobs: SearchIndex<ContractJob>;
  let indexCount = 0;

  /** A new index with the contract's settings and postings; names are unique per run for shared servers. */
  async function freshIndex(): Promise<SearchIndex<ContractJob>> {
    indexCount += 1;
    const index = engine.index<ContractJob>(`contract_${run}_${indexCount}`);
    await index.applySettings(contractSettings);
    await index.upsert(contractJobs);
    return index;
  }

  const search = (query: Partial<SearchQuery>) => jobs.search({ limit: 100, ...query });
  const idsOf = async (query: Partial<SearchQuery>) => (await search(query)).hits.map((hit) => hit.document.id);
  const filtered = async (filter: FilterExpression) => (await idsOf({ filter })).sort();
  const idsWhere = (test: (job: ContractJob) => boolean) =>
    contractJobs
      .filter(test)
      .map((job) => job.id)
      .sort();

  (options.skip ? describe.skip : describe)(`search engine contract: ${name}`, () => {
    beforeAll(async () => {
      engine = await createEngine();
      jobs = await freshIndex();
    });

    afterAll(async () => {
      await engine?.close();
    });

    describe('settings and writes', () => {
      it('holds every upserted document and finds all of them with an empty query', async () => {
        expect(await jobs.count()).toBe(contractJobs.length);
        const result = await search({});
        expect(result.totalHits).toBe(contractJobs.length);
        expect(result.hits.map((hit) => hit.document.id).sort()).toEqual(idsWhere(() => true));
      });

      it('returns documents as they were stored', async () => {
        const [hit] = (await search({ filter: { op: 'eq', field: 'cityId', value: 'huaian' } })).hits;
        expect(hit.document).toEqual(job('crayfish-chef'));
      });

      it('refuses to filter, facet or sort on attributes the settings did not declare', async () => {
        await expect(search({ filter: { op: 'eq', field: 'title', value: 'x' } })).rejects.toThrow();
        await expect(search({ facets: ['title'] })).rejects.toThrow();
        await expect(search({ sort: [{ field: 'cityId', direction: 'asc' }] })).rejects.toThrow();
      });

      it('sees an upsert in the next search, replacing the document with the same id', async () => {
        const index = await freshIndex();
        await index.upsert([{ ...job('crayfish-chef'), title: '淮扬菜厨师', salaryMin: 8800 }]);
        expect(await index.count()).toBe(contractJobs.length);
        const hits = (await index.search({ text: '淮扬菜', limit: 10 })).hits;
        expect(hits.map((hit) => hit.document)).toEqual([expect.objectContaining({ id: 'crayfish-chef', salaryMin: 8800 })]);
        expect((await index.search({ text: '小龙虾', limit: 10 })).hits).toEqual([]);
      });

      it('forgets deleted documents and ignores ids it does not hold', async () => {
        const index = await freshIndex();
        await index.delete(['drone-pilot', 'no-such-job']);
        expect(await index.count()).toBe(contractJobs.length - 1);
        expect((await index.search({ text: '无人机', limit: 10 })).totalHits).toBe(0);
      });

      it('clears every document but keeps the settings', async () => {
        const index = await freshIndex();
        await index.clear();
        expect(await index.count()).toBe(0);
        expect((await index.search({ limit: 10 })).hits).toEqual([]);
        await index.upsert([job('security-captain')]);
        const result = await index.search({ text: '保安', filter: { op: 'eq', field: 'veteranPriority', value: true }, limit: 10 });
        expect(result.hits.map((hit) => hit.document.id)).toEqual(['security-captain']);
      });
    });

    describe('text', () => {
      it('finds Chinese words inside longer titles', async () => {
        const forklift = await idsOf({ text: '叉车' });
        expect(forklift).toEqual(expect.arrayContaining(['forklift-driver', 'forklift-operator']));
        expect(forklift).not.toContain('security-captain');
        expect(await idsOf({ text: '保安' })).toEqual(['security-captain']);
        expect(await idsOf({ text: '小龙虾' })).toEqual(['crayfish-chef']);
      });

      it('finds English words whatever their case', async () => {
        expect(await idsOf({ text: 'Inventory' })).toEqual(['warehouse-keeper']);
        expect(await idsOf({ text: 'WAREHOUSE keeper' })).toEqual(['warehouse-keeper']);
      });

      it('needs every query word to match', async () => {
        expect(await idsOf({ text: '叉车 司机' })).toEqual(['forklift-driver']);
        expect(await idsOf({ text: '保安 无人机' })).toEqual([]);
      });

      it('finds a synonym of the query word, in either language', async () => {
        expect((await idsOf({ text: 'forklift' })).sort()).toEqual(['forklift-driver', 'forklift-operator', 'warehouse-keeper']);
        expect(await idsOf({ text: 'storekeeper' })).toEqual(['warehouse-keeper']);
        expect(await idsOf({ text: '仓库管理员' })).toEqual(['warehouse-keeper']);
      });

      it('combines text with filters', async () => {
        const ids = await idsOf({ text: 'forklift', filter: { op: 'eq', field: 'cityId', value: 'suzhou' } });
        expect(ids).toEqual(['forklift-operator']);
      });
    });

    describe('filters', () => {
      it('eq and ne on scalars and booleans', async () => {
        expect(await filtered({ op: 'eq', field: 'cityId', value: 'nanjing' })).toEqual(idsWhere((job) => job.cityId === 'nanjing'));
        expect(await filtered({ op: 'ne', field: 'employmentType', value: 'full-time' })).toEqual(
          idsWhere((job) => job.employmentType !== 'full-time'),
        );
        expect(await filtered({ op: 'eq', field: 'veteranPriority', value: true })).toEqual(idsWhere((job) => job.veteranPriority));
        expect(await filtered({ op: 'eq', field: 'salaryMin', value: 7000 })).toEqual(['security-captain']);
      });

      it('eq on an array field matches any element; ne matches documents with no such element', async () => {
        expect(await filtered({ op: 'eq', field: 'skills', value: 'forklift' })).toEqual(idsWhere((job) => job.skills.includes('forklift')));
        expect(await filtered({ op: 'ne', field: 'skills', value: 'forklift' })).toEqual(idsWhere((job) => !job.skills.includes('forklift')));
      });

      it('in, including any-of on an array field', async () => {
        const wanted = ['drone-piloting', 'cooking', 'logistics'];
        expect(await filtered({ op: 'in', field: 'skills', values: wanted })).toEqual(
          idsWhere((job) => job.skills.some((skill) => wanted.includes(skill))),
        );
        expect(await filtered({ op: 'in', field: 'cityId', values: ['wuxi', 'huaian'] })).toEqual(['crayfish-chef', 'truck-driver']);
        expect(await filtered({ op: 'in', field: 'cityId', values: [] })).toEqual([]);
      });

      it('numeric comparisons', async () => {
        expect(await filtered({ op: 'gt', field: 'salaryMin', value: 7000 })).toEqual(idsWhere((job) => job.salaryMin > 7000));
        expect(await filtered({ op: 'gte', field: 'salaryMin', value: 7000 })).toEqual(idsWhere((job) => job.salaryMin >= 7000));
        expect(await filtered({ op: 'lt', field: 'salaryMin', value: 6000 })).toEqual(idsWhere((job) => job.salaryMin < 6000));
        expect(await filtered({ op: 'lte', field: 'salaryMin', value: 6000 })).toEqual(idsWhere((job) => job.salaryMin <= 6000));
      });

      it('exists and not', async () => {
        expect(await filtered({ op: 'exists', field: 'certificate' })).toEqual(idsWhere((job) => job.certificate !== undefined));
        expect(await filtered({ op: 'not', clause: { op: 'exists', field: 'certificate' } })).toEqual(
          idsWhere((job) => job.certificate === undefined),
        );
      });

      it('and / or nested in either order', async () => {
        const filter: FilterExpression = {
          op: 'and',
          clauses: [
            { op: 'gte', field: 'salaryMin', value: 6000 },
            {
              op: 'or',
              clauses: [
                { op: 'eq', field: 'cityId', value: 'nanjing' },
                { op: 'and', clauses: [{ op: 'eq', field: 'veteranPriority', value: true }, { op: 'exists', field: 'certificate' }] },
              ],
            },
          ],
        };
        expect(await filtered(filter)).toEqual(
          idsWhere((job) => job.salaryMin >= 6000 && (job.cityId === 'nanjing' || (job.veteranPriority && job.certificate !== undefined))),
        );
        expect(await filtered({ op: 'or', clauses: [] })).toEqual([]);
        expect(await filtered({ op: 'and', clauses: [] })).toEqual(idsWhere(() => true));
      });

      it('string values with quotes and backslashes are matched literally', async () => {
        expect(await filtered({ op: 'eq', field: 'cityId', value: 'nan"jing\\' })).toEqual([]);
      });
    });

    describe('geo', () => {
      const radius = (radiusMeters: number): FilterExpression => ({ op: 'geoRadius', center: NANJING_CENTRE, radiusMeters });
      const distanceOf = (id: string) => haversineMeters(NANJING_CENTRE, pointOf(job(id)));

      it('includes documents within the radius and excludes those outside', async () => {
        const within = idsWhere((job) => job._geo !== undefined && distanceOf(job.id) <= 30_000);
        expect(within).toEqual(['forklift-driver', 'security-captain', 'video-operator']);
        expect(await filtered(radius(30_000))).toEqual(within);
      });

      it('reports each hit’s distance from the centre', async () => {
        const { hits } = await search({ filter: radius(30_000) });
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) {
          const expected = distanceOf(hit.document.id);
          expect(Math.abs((hit.geoDistanceMeters ?? Number.NaN) - expected)).toBeLessThan(expected * 0.005 + 1);
        }
      });

      it('combines radius with other filters', async () => {
        const filter: FilterExpression = { op: 'and', clauses: [radius(150_000), { op: 'eq', field: 'skills', value: 'forklift' }] };
        expect(await filtered(filter)).toEqual(['forklift-driver', 'warehouse-keeper']);
      });
    });

    describe('sort, facets and pages', () => {
      const bySalary = [...contractJobs].sort((a, b) => a.salaryMin - b.salaryMin).map((job) => job.id);

      it('sorts by a field either way', async () => {
        expect(await idsOf({ sort: [{ field: 'salaryMin', direction: 'asc' }] })).toEqual(bySalary);
        expect(await idsOf({ sort: [{ field: 'salaryMin', direction: 'desc' }] })).toEqual([...bySalary].reverse());
      });

      it('sorts by distance from a point, nearest first', async () => {
        const located = contractJobs.filter((job) => job._geo).map((job) => job.id);
        const nearestFirst = [...located].sort((a, b) => distanceOf(a) - distanceOf(b));
        const result = await search({
          filter: { op: 'in', field: 'cityId', values: [...new Set(contractJobs.filter((job) => job._geo).map((job) => job.cityId))] },
          sort: [{ geoPoint: NANJING_CENTRE, direction: 'asc' }],
        });
        expect(result.hits.map((hit) => hit.document.id)).toEqual(nearestFirst);
        expect(result.hits[0].geoDistanceMeters).toBeCloseTo(distanceOf(nearestFirst[0]), -2);
      });

      it('counts facets over every match, not only the page', async () => {
        const fullTime = contractJobs.filter((job) => job.employmentType === 'full-time');
        const result = await search({
          filter: { op: 'eq', field: 'employmentType', value: 'full-time' },
          facets: ['cityId', 'skills'],
          limit: 1,
        });
        expect(result.hits).toHaveLength(1);
        expect(result.totalHits).toBe(fullTime.length);
        expect(result.facets.cityId).toEqual(countBy(fullTime.map((job) => job.cityId)));
        expect(result.facets.skills).toEqual(countBy(fullTime.flatMap((job) => job.skills)));
      });

      it('pages with offset and limit without gaps or repeats', async () => {
        const sort = [{ field: 'salaryMin', direction: 'asc' as const }];
        const pages = await Promise.all([0, 3, 6].map((offset) => search({ sort, offset, limit: 3 })));
        expect(pages.flatMap((page) => page.hits.map((hit) => hit.document.id))).toEqual(bySalary);
        expect(pages.map((page) => page.totalHits)).toEqual([contractJobs.length, contractJobs.length, contractJobs.length]);
        expect((await search({ sort, offset: 100, limit: 3 })).hits).toEqual([]);
      });

      function distanceOf(id: string): number {
        return haversineMeters(NANJING_CENTRE, pointOf(job(id)));
      }
    });
  });
}

function job(id: string): ContractJob {
  const found = jobsById.get(id);
  if (!found) throw new Error(`no contract job ${id}`);
  return found;
}

function pointOf(located: ContractJob): GeoPoint {
  if (!located._geo) throw new Error(`contract job ${located.id} has no _geo`);
  return located._geo;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
