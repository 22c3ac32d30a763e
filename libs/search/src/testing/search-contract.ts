import type * as JestGlobals from '@jest/globals';
import { haversineMeters } from '../lib/embedded/geo';
import type {
  FilterExpression,
  GeoPoint,
  IndexSettings,
  SearchEngine,
  SearchIndex,
  SearchQuery,
} from '../lib/search-port';
import {
  NANJING_CENTRE,
  contractJobs,
  contractSettings,
  jobsById,
  type ContractJob,
} from './contract-fixtures';

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
  const created: string[] = [];

  /** A name for a new index, unique per run for shared servers; removed after the suite. */
  function freshName(): string {
    indexCount += 1;
    const name = `contract_${run}_${indexCount}`;
    created.push(name);
    return name;
  }

  /** A new index with the contract's settings and postings. */
  async function freshIndex(): Promise<SearchIndex<ContractJob>> {
    return indexWith(contractSettings, contractJobs);
  }

  async function indexWith<Document extends object>(settings: IndexSettings, documents: readonly Document[]) {
    const index = engine.index<Document>(freshName());
    await index.applySettings(settings);
    await index.upsert(documents);
    return index;
  }

  const search = (query: Partial<SearchQuery>) => jobs.search({ limit: 100, ...query });
  const idsOf = async (query: Partial<SearchQuery>) =>
    (await search(query)).hits.map((hit) => hit.document.id);
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
      for (const name of created) await engine?.deleteIndex(name);
      await engine?.close();
    });

    describe('settings and writes', () => {
      it('holds every upserted document and finds all of them with an empty query', async () => {
        expect(await jobs.count()).toBe(contractJobs.length);
        const result = await search({});
        expect(result.totalHits).toBe(contractJobs.length);
        expect(result.hits.map((hit) => hit.document.id).sort()).toEqual(idsWhere(() => true));
      });

      it('returns at least the fields asked for, and distances still', async () => {
        const { hits } = await search({
          filter: { op: 'geoRadius', center: NANJING_CENTRE, radiusMeters: 30_000 },
          attributes: ['id', 'salaryMin'],
        });
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) {
          expect(hit.document).toMatchObject({
            id: job(hit.document.id).id,
            salaryMin: job(hit.document.id).salaryMin,
          });
          expect(hit.geoDistanceMeters).toBeGreaterThan(0);
        }
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
        expect(hits.map((hit) => hit.document)).toEqual([
          expect.objectContaining({ id: 'crayfish-chef', salaryMin: 8800 }),
        ]);
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
        const result = await index.search({
          text: '保安',
          filter: { op: 'eq', field: 'veteranPriority', value: true },
          limit: 10,
        });
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
        expect((await idsOf({ text: 'forklift' })).sort()).toEqual([
          'forklift-driver',
          'forklift-operator',
          'warehouse-keeper',
        ]);
        expect(await idsOf({ text: 'storekeeper' })).toEqual(['warehouse-keeper']);
        expect(await idsOf({ text: '仓库管理员' })).toEqual(['warehouse-keeper']);
      });

      it('bridges a compound the segmenter keeps whole through a one-way expansion', async () => {
        // jieba reads 小龙虾 as one word: without the expansion 龙虾 would not find 小龙虾厨师 on Meilisearch.
        const settings: IndexSettings = { ...plainSettings, expansions: { 龙虾: ['小龙虾'] } };
        const index = await indexWith(settings, [
          { id: 'crayfish', title: '小龙虾厨师', rank: 1 },
          { id: 'lobster', title: '龙虾料理师', rank: 2 },
        ]);
        const ids = async (text: string) =>
          (await index.search({ text, limit: 10 })).hits.map((hit) => hit.document.id).sort();
        expect(await ids('龙虾')).toEqual(['crayfish', 'lobster']);
        expect(await ids('小龙虾')).toEqual(['crayfish']);
      });

      it('combines text with filters', async () => {
        const ids = await idsOf({ text: 'forklift', filter: { op: 'eq', field: 'cityId', value: 'suzhou' } });
        expect(ids).toEqual(['forklift-operator']);
      });
    });

    describe('ranking', () => {
      it('puts a match in a more important attribute before the sort, and the sort before the word’s position', async () => {
        const index = await indexWith(plainSettings, [
          { id: 'in-title-late', title: '夜班 仓库 叉车司机', body: '', rank: 1 },
          { id: 'in-title-first', title: '叉车司机', body: '', rank: 2 },
          { id: 'in-body-only', title: '仓库管理', body: '兼职叉车司机', rank: 3 },
        ]);
        const { hits } = await index.search({
          text: '叉车司机',
          sort: [{ field: 'rank', direction: 'asc' }],
          limit: 10,
        });
        expect(hits.map((hit) => hit.document.id)).toEqual([
          'in-title-late',
          'in-title-first',
          'in-body-only',
        ]);
      });
    });

    describe('filters', () => {
      it('eq and ne on scalars and booleans', async () => {
        expect(await filtered({ op: 'eq', field: 'cityId', value: 'nanjing' })).toEqual(
          idsWhere((job) => job.cityId === 'nanjing'),
        );
        expect(await filtered({ op: 'ne', field: 'employmentType', value: 'full-time' })).toEqual(
          idsWhere((job) => job.employmentType !== 'full-time'),
        );
        expect(await filtered({ op: 'eq', field: 'veteranPriority', value: true })).toEqual(
          idsWhere((job) => job.veteranPriority),
        );
        expect(await filtered({ op: 'eq', field: 'salaryMin', value: 7000 })).toEqual(['security-captain']);
      });

      it('eq on an array field matches any element; ne matches documents with no such element', async () => {
        expect(await filtered({ op: 'eq', field: 'skills', value: 'forklift' })).toEqual(
          idsWhere((job) => job.skills.includes('forklift')),
        );
        expect(await filtered({ op: 'ne', field: 'skills', value: 'forklift' })).toEqual(
          idsWhere((job) => !job.skills.includes('forklift')),
        );
      });

      it('in, including any-of on an array field', async () => {
        const wanted = ['drone-piloting', 'cooking', 'logistics'];
        expect(await filtered({ op: 'in', field: 'skills', values: wanted })).toEqual(
          idsWhere((job) => job.skills.some((skill) => wanted.includes(skill))),
        );
        expect(await filtered({ op: 'in', field: 'cityId', values: ['wuxi', 'huaian'] })).toEqual([
          'crayfish-chef',
          'truck-driver',
        ]);
        expect(await filtered({ op: 'in', field: 'cityId', values: [] })).toEqual([]);
      });

      it('numeric comparisons', async () => {
        expect(await filtered({ op: 'gt', field: 'salaryMin', value: 7000 })).toEqual(
          idsWhere((job) => job.salaryMin > 7000),
        );
        expect(await filtered({ op: 'gte', field: 'salaryMin', value: 7000 })).toEqual(
          idsWhere((job) => job.salaryMin >= 7000),
        );
        expect(await filtered({ op: 'lt', field: 'salaryMin', value: 6000 })).toEqual(
          idsWhere((job) => job.salaryMin < 6000),
        );
        expect(await filtered({ op: 'lte', field: 'salaryMin', value: 6000 })).toEqual(
          idsWhere((job) => job.salaryMin <= 6000),
        );
      });

      it('exists and not', async () => {
        expect(await filtered({ op: 'exists', field: 'certificate' })).toEqual(
          idsWhere((job) => job.certificate !== undefined),
        );
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
                {
                  op: 'and',
                  clauses: [
                    { op: 'eq', field: 'veteranPriority', value: true },
                    { op: 'exists', field: 'certificate' },
                  ],
                },
              ],
            },
          ],
        };
        expect(await filtered(filter)).toEqual(
          idsWhere(
            (job) =>
              job.salaryMin >= 6000 &&
              (job.cityId === 'nanjing' || (job.veteranPriority && job.certificate !== undefined)),
          ),
        );
        expect(await filtered({ op: 'or', clauses: [] })).toEqual([]);
        expect(await filtered({ op: 'and', clauses: [] })).toEqual(idsWhere(() => true));
      });

      it('string values with quotes and backslashes are matched literally', async () => {
        expect(await filtered({ op: 'eq', field: 'cityId', value: 'nan"jing\\' })).toEqual([]);
      });
    });

    describe('geo', () => {
      const radius = (radiusMeters: number): FilterExpression => ({
        op: 'geoRadius',
        center: NANJING_CENTRE,
        radiusMeters,
      });
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
          expect(Math.abs((hit.geoDistanceMeters ?? Number.NaN) - expected)).toBeLessThan(
            expected * 0.005 + 1,
          );
        }
      });

      it('combines radius with other filters', async () => {
        const filter: FilterExpression = {
          op: 'and',
          clauses: [radius(150_000), { op: 'eq', field: 'skills', value: 'forklift' }],
        };
        expect(await filtered(filter)).toEqual(['forklift-driver', 'warehouse-keeper']);
      });
    });

    describe('sort, facets and pages', () => {
      const bySalary = [...contractJobs].sort((a, b) => a.salaryMin - b.salaryMin).map((job) => job.id);

      it('sorts by a field either way', async () => {
        expect(await idsOf({ sort: [{ field: 'salaryMin', direction: 'asc' }] })).toEqual(bySalary);
        expect(await idsOf({ sort: [{ field: 'salaryMin', direction: 'desc' }] })).toEqual(
          [...bySalary].reverse(),
        );
      });

      it('sorts by distance from a point, nearest first', async () => {
        const located = contractJobs.filter((job) => job._geo).map((job) => job.id);
        const nearestFirst = [...located].sort((a, b) => distanceOf(a) - distanceOf(b));
        const result = await search({
          filter: {
            op: 'in',
            field: 'cityId',
            values: [...new Set(contractJobs.filter((job) => job._geo).map((job) => job.cityId))],
          },
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

      it('counts every value of a facet with more than a hundred of them', async () => {
        const documents = Array.from({ length: 150 }, (_, n) => ({
          id: `d${n}`,
          title: '岗位',
          rank: n,
          tag: `t${n % 120}`,
        }));
        const index = await indexWith({ ...plainSettings, filterableAttributes: ['tag'] }, documents);
        const result = await index.search({ facets: ['tag'], limit: 0 });
        expect(Object.keys(result.facets.tag)).toHaveLength(120);
        expect(result.facets.tag.t0).toBe(2);
        expect(result.facets.tag.t119).toBe(1);
      });

      it('pages as deep as maxTotalHits allows, and refuses a page beyond it rather than cut it short', async () => {
        const documents = Array.from({ length: 1200 }, (_, n) => ({
          id: `d${String(n).padStart(4, '0')}`,
          title: '岗位',
          rank: n,
        }));
        const deep = await indexWith({ ...plainSettings, maxTotalHits: 1500 }, documents);
        const sort = [{ field: 'rank', direction: 'asc' as const }];
        const page = await deep.search({ sort, offset: 1100, limit: 100 });
        expect(page.hits.map((hit) => hit.document.id)).toEqual(
          documents.slice(1100, 1200).map((document) => document.id),
        );
        await expect(deep.search({ sort, offset: 1450, limit: 51 })).rejects.toThrow(/maxTotalHits \(1500\)/);
        await expect(jobs.search({ offset: 995, limit: 10 })).rejects.toThrow(/maxTotalHits \(1000\)/);
      });

      it('pages with offset and limit without gaps or repeats', async () => {
        const sort = [{ field: 'salaryMin', direction: 'asc' as const }];
        const pages = await Promise.all([0, 3, 6].map((offset) => search({ sort, offset, limit: 3 })));
        expect(pages.flatMap((page) => page.hits.map((hit) => hit.document.id))).toEqual(bySalary);
        expect(pages.map((page) => page.totalHits)).toEqual([
          contractJobs.length,
          contractJobs.length,
          contractJobs.length,
        ]);
        expect((await search({ sort, offset: 100, limit: 3 })).hits).toEqual([]);
      });

      function distanceOf(id: string): number {
        return haversineMeters(NANJING_CENTRE, pointOf(job(id)));
      }
    });

    describe('bulk loads and whole indexes', () => {
      it('loads many batches and resolves once every document is searchable', async () => {
        const index = engine.index<PlainDocument>(freshName());
        await index.applySettings(plainSettings);
        async function* batches() {
          for (let batch = 0; batch < 7; batch += 1)
            yield Array.from({ length: 300 }, (_, n) => ({
              id: `b${batch}-${n}`,
              title: n % 2 ? '叉车司机' : '保安',
              rank: n,
            }));
        }
        expect(await index.load(batches())).toBe(2100);
        expect(await index.count()).toBe(2100);
        expect((await index.search({ text: '叉车', limit: 0 })).totalHits).toBe(1050);
      });

      it('applies the same settings again without losing documents', async () => {
        const index = await freshIndex();
        await index.applySettings(contractSettings);
        expect(await index.count()).toBe(contractJobs.length);
        expect(await idsOf({ text: '保安' })).toEqual(['security-captain']);
      });

      it('swaps indexes whole, creating a missing side, and deletes indexes', async () => {
        const live = await indexWith(plainSettings, [{ id: 'old', title: '旧岗位', rank: 1 }]);
        const next = await indexWith(plainSettings, [
          { id: 'new-1', title: '新岗位', rank: 1 },
          { id: 'new-2', title: '新岗位', rank: 2 },
        ]);
        const [liveName, nextName] = created.slice(-2);
        await engine.swapIndexes([[liveName, nextName]]);
        expect(await live.count()).toBe(2);
        expect((await live.search({ text: '新岗位', limit: 10 })).totalHits).toBe(2);
        expect(await next.count()).toBe(1);

        await engine.deleteIndex(nextName);
        expect(await next.count()).toBe(0);
        await engine.deleteIndex(nextName);

        const lonely = engine.index<PlainDocument>(freshName());
        await engine.swapIndexes([[created.at(-1)!, liveName]]);
        expect(await lonely.count()).toBe(2);
        expect(await live.count()).toBe(0);
      });
    });
  });
}

interface PlainDocument {
  id: string;
  title: string;
  body?: string;
  rank: number;
  tag?: string;
}

/** A small index for the tests that bring their own documents. */
const plainSettings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'body'],
  filterableAttributes: [],
  sortableAttributes: ['rank'],
};

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
