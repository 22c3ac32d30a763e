import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidSearchQueryError } from '../embedded/query-validation';
import { MeilisearchTaskError, createMeilisearchEngine } from './adapter';
import { toMeilisearchSettings } from './settings';

/**
 * Unit test of the requests the adapter makes, answered at the fetch boundary with canned
 * Meilisearch replies. It proves what is sent and how replies are read, not that Meilisearch
 * agrees: that is the contract suite's job against a real server (MEILI_HOST).
 */
interface SentRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
  acceptEncoding: string | null;
}

type Reply = { status: number; body: unknown };

class FakeMeilisearchHttp {
  readonly sent: SentRequest[] = [];
  private nextTaskUid = 1;
  private readonly taskStatuses = new Map<
    number,
    { status: string; error?: { code: string; message: string } }
  >();
  failNextTaskWith: { code: string; message: string } | undefined;
  replyToSearch: Reply = {
    status: 200,
    body: { hits: [], estimatedTotalHits: 0, processingTimeMs: 1, query: '' },
  };
  /** Documents in one request beyond which it answers 413, as Meilisearch does past 100 MB. */
  payloadLimit = Number.POSITIVE_INFINITY;
  /** What GET /indexes/:uid/settings answers; the index does not exist when undefined. */
  currentSettings: unknown;

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const headers = new Headers(init?.headers);
    this.sent.push({
      method,
      path: url.pathname + url.search,
      body,
      authorization: headers.get('authorization'),
      acceptEncoding: headers.get('accept-encoding'),
    });
    const reply = this.reply(method, url.pathname, body);
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  };

  /** The requests that change something (not task polling, not reading settings), without their headers. */
  writes() {
    return this.sent
      .filter((request) => !request.path.startsWith('/tasks/') && request.method !== 'GET')
      .map(({ method, path, body }) => ({ method, path, body }));
  }

  private reply(method: string, path: string, body: unknown): Reply {
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (task) {
      const uid = Number(task[1]);
      return {
        status: 200,
        body: { uid, indexUid: 'jobs', type: 'documentAdditionOrUpdate', ...this.taskStatuses.get(uid) },
      };
    }
    if (path.endsWith('/search')) return this.replyToSearch;
    if (
      path.startsWith('/indexes/jobs/documents') &&
      method === 'POST' &&
      Array.isArray(body) &&
      body.length > this.payloadLimit
    ) {
      return {
        status: 413,
        body: {
          message: 'The provided payload reached the size limit.',
          code: 'payload_too_large',
          type: 'invalid_request',
          link: '',
        },
      };
    }
    if (method === 'GET' && path.endsWith('/settings')) {
      return this.currentSettings
        ? { status: 200, body: this.currentSettings }
        : {
            status: 404,
            body: {
              message: 'Index `jobs` not found.',
              code: 'index_not_found',
              type: 'invalid_request',
              link: '',
            },
          };
    }
    if (path.endsWith('/stats'))
      return { status: 200, body: { numberOfDocuments: 3, isIndexing: false, fieldDistribution: {} } };
    const taskUid = this.nextTaskUid++;
    const error = this.failNextTaskWith;
    this.failNextTaskWith = undefined;
    this.taskStatuses.set(taskUid, error ? { status: 'failed', error } : { status: 'succeeded' });
    return {
      status: 202,
      body: {
        taskUid,
        indexUid: 'jobs',
        status: 'enqueued',
        type: method,
        enqueuedAt: new Date().toISOString(),
      },
    };
  }
}

describe('Meilisearch adapter requests', () => {
  let http: FakeMeilisearchHttp;
  const engine = (options: { loadChunkSize?: number } = {}) =>
    createMeilisearchEngine({ host: 'http://127.0.0.1:7700', apiKey: 'master-key', ...options });

  beforeEach(() => {
    http = new FakeMeilisearchHttp();
    jest.spyOn(globalThis, 'fetch').mockImplementation(http.fetch);
  });

  afterEach(() => jest.restoreAllMocks());

  const jobSettings = {
    primaryKey: 'id',
    searchableAttributes: ['title'],
    filterableAttributes: ['skills'],
    sortableAttributes: [],
    geo: true,
  };

  it('updates settings with the API key and waits until the task succeeded', async () => {
    await engine().index('jobs').applySettings(jobSettings);
    expect(http.writes()).toEqual([
      { method: 'PATCH', path: '/indexes/jobs/settings', body: toMeilisearchSettings(jobSettings) },
    ]);
    expect(http.sent.find((request) => request.method === 'PATCH')?.authorization).toBe('Bearer master-key');
    expect(http.sent.at(-1)?.path).toBe('/tasks/1');
  });

  it('leaves settings alone when the index has them already (another replica, an earlier start)', async () => {
    http.currentSettings = {
      ...toMeilisearchSettings(jobSettings),
      displayedAttributes: ['*'],
      stopWords: [],
    };
    await engine().index('jobs').applySettings(jobSettings);
    expect(http.writes()).toEqual([]);
  });

  it('asks for uncompressed replies, so that a search never waits on a delayed acknowledgement', async () => {
    await engine().index('jobs').search({ text: '叉车', limit: 5 });
    await engine().index('jobs').applySettings(jobSettings);
    expect(http.sent.length).toBeGreaterThan(2);
    expect(new Set(http.sent.map((request) => request.acceptEncoding))).toEqual(new Set(['identity']));
  });

  it('refuses a page deeper than the index lets Meilisearch go, instead of returning it cut short', async () => {
    const jobs = engine().index('jobs');
    await jobs.applySettings({ ...jobSettings, maxTotalHits: 5000 });
    await jobs.search({ offset: 4900, limit: 100 });
    await expect(jobs.search({ offset: 4950, limit: 100 })).rejects.toThrow(InvalidSearchQueryError);
  });

  it('sends a chunk over the payload limit in halves', async () => {
    const jobs = engine({ loadChunkSize: 4 }).index<{ id: string }>('jobs');
    http.payloadLimit = 2;
    expect(await jobs.load([Array.from({ length: 5 }, (_, n) => ({ id: `${n}` }))])).toBe(5);
    const sizes = http.sent
      .filter((request) => request.path.startsWith('/indexes/jobs/documents'))
      .map((request) => (request.body as unknown[]).length);
    expect(sizes).toEqual([4, 2, 2, 1]);
  });

  it('loads batches in large chunks and waits for all of them once, at the end', async () => {
    const jobs = engine({ loadChunkSize: 2500 }).index<{ id: string }>('jobs');
    await jobs.applySettings(jobSettings);
    const batches = Array.from({ length: 6 }, (_, batch) =>
      Array.from({ length: 1000 }, (_, n) => ({ id: `${batch}-${n}` })),
    );
    expect(await jobs.load(batches)).toBe(6000);
    const additions = http.sent.filter((request) => request.path.startsWith('/indexes/jobs/documents'));
    expect(additions.map((request) => (request.body as unknown[]).length)).toEqual([2500, 2500, 1000]);
    const firstPoll = http.sent.findIndex(
      (request) => request.path.startsWith('/tasks/') && request.path !== '/tasks/1',
    );
    expect(firstPoll).toBeGreaterThan(http.sent.indexOf(additions[1]));
  });

  it('adds documents with the primary key from the settings, deletes by id and clears', async () => {
    const jobs = engine().index<{ id: string; title: string }>('jobs');
    await jobs.applySettings({
      primaryKey: 'jobId',
      searchableAttributes: [],
      filterableAttributes: [],
      sortableAttributes: [],
    });
    await jobs.upsert([{ id: 'a', title: '叉车司机' }]);
    await jobs.delete(['a', 'b']);
    await jobs.clear();
    await jobs.upsert([]);
    await jobs.delete([]);
    expect(http.writes().slice(1)).toEqual([
      {
        method: 'POST',
        path: '/indexes/jobs/documents?primaryKey=jobId',
        body: [{ id: 'a', title: '叉车司机' }],
      },
      { method: 'POST', path: '/indexes/jobs/documents/delete-batch', body: ['a', 'b'] },
      { method: 'DELETE', path: '/indexes/jobs/documents', body: undefined },
    ]);
  });

  it('throws when Meilisearch reports the task failed', async () => {
    http.failNextTaskWith = { code: 'invalid_document_geo_field', message: 'The `_geo` field is invalid' };
    await expect(
      engine()
        .index('jobs')
        .upsert([{ id: 'a', _geo: { lat: 'x' } }]),
    ).rejects.toThrow(
      new MeilisearchTaskError(1, 'failed', 'invalid_document_geo_field', 'The `_geo` field is invalid'),
    );
  });

  it('has nothing to delete or clear in an index that does not exist', async () => {
    const jobs = engine().index('jobs');
    http.failNextTaskWith = { code: 'index_not_found', message: 'Index `jobs` not found.' };
    await jobs.clear();
    http.failNextTaskWith = { code: 'index_not_found', message: 'Index `jobs` not found.' };
    await jobs.delete(['a']);
  });

  it('sends text, filter, sort, facets and page, and reads hits, distances, totals and facets back', async () => {
    http.replyToSearch = {
      status: 200,
      body: {
        hits: [{ id: 'forklift-driver', title: '叉车司机', _geoDistance: 12873 }],
        estimatedTotalHits: 42,
        facetDistribution: { cityId: { nanjing: 30, suzhou: 12 } },
        processingTimeMs: 1,
        query: '叉车',
      },
    };
    const result = await engine()
      .index('jobs')
      .search({
        text: '叉车',
        filter: {
          op: 'and',
          clauses: [
            { op: 'in', field: 'skills', values: ['forklift', 'warehousing'] },
            { op: 'geoRadius', center: { lat: 32.0603, lng: 118.7969 }, radiusMeters: 50000 },
            { op: 'and', clauses: [] },
          ],
        },
        sort: [{ geoPoint: { lat: 32.0603, lng: 118.7969 }, direction: 'asc' }],
        facets: ['cityId', 'employmentType'],
        limit: 20,
        offset: 40,
      });
    expect(http.sent).toEqual([
      {
        method: 'POST',
        path: '/indexes/jobs/search',
        authorization: 'Bearer master-key',
        acceptEncoding: 'identity',
        body: {
          q: '叉车',
          matchingStrategy: 'all',
          limit: 20,
          offset: 40,
          filter: '(skills IN ["forklift", "warehousing"]) AND (_geoRadius(32.0603, 118.7969, 50000))',
          sort: ['_geoPoint(32.0603, 118.7969):asc'],
          facets: ['cityId', 'employmentType'],
        },
      },
    ]);
    expect(result).toEqual({
      hits: [{ document: { id: 'forklift-driver', title: '叉车司机' }, geoDistanceMeters: 12873 }],
      totalHits: 42,
      facets: { cityId: { nanjing: 30, suzhou: 12 }, employmentType: {} },
    });
  });

  it('asks only for the fields the caller reads, and _geo when it works out distances', async () => {
    const jobs = engine().index('jobs');
    await jobs.search({ attributes: ['id', 'match'], limit: 5 });
    await jobs.search({
      attributes: ['id'],
      filter: { op: 'geoRadius', center: { lat: 32, lng: 118.8 }, radiusMeters: 1000 },
      limit: 5,
    });
    expect(
      http.sent.map((request) => (request.body as { attributesToRetrieve?: string[] }).attributesToRetrieve),
    ).toEqual([
      ['id', 'match'],
      ['id', '_geo'],
    ]);
  });

  it('sends a bare query when there is no text, filter, sort or facet', async () => {
    await engine().index('jobs').search({ limit: 5 });
    expect(http.sent[0].body).toEqual({ q: '', matchingStrategy: 'all', limit: 5, offset: 0 });
  });

  it('answers a filter that can match nothing without asking Meilisearch', async () => {
    const result = await engine()
      .index('jobs')
      .search({ filter: { op: 'in', field: 'skills', values: [] }, facets: ['cityId'], limit: 5 });
    expect(result).toEqual({ hits: [], totalHits: 0, facets: { cityId: {} } });
    expect(http.sent).toEqual([]);
  });

  it('treats an index that does not exist yet as empty', async () => {
    http.replyToSearch = {
      status: 404,
      body: {
        message: 'Index `jobs` not found.',
        code: 'index_not_found',
        type: 'invalid_request',
        link: '',
      },
    };
    expect(await engine().index('jobs').search({ limit: 5 })).toEqual({ hits: [], totalHits: 0, facets: {} });
  });

  it('counts documents from the index stats', async () => {
    expect(await engine().index('jobs').count()).toBe(3);
    expect(http.sent[0]).toMatchObject({ method: 'GET', path: '/indexes/jobs/stats' });
  });
});

describe('Meilisearch adapter over a real socket', () => {
  let server: Server;
  const received: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request.headers);
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ hits: [], estimatedTotalHits: 0, processingTimeMs: 0, query: '' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("sends Accept-Encoding: identity on the wire (Node's fetch would otherwise ask for gzip)", async () => {
    const { port } = server.address() as AddressInfo;
    await createMeilisearchEngine({ host: `http://127.0.0.1:${port}`, apiKey: 'k' })
      .index('jobs')
      .search({ text: '叉车', limit: 5 });
    expect(received.map((headers) => headers['accept-encoding'])).toEqual(['identity']);
  });
});
