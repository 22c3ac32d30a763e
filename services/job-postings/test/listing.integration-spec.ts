import { Actors, http, postedJob, registeredEmployer } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface Page {
  items: { id: string; status: string; postedAt?: string }[];
  nextCursor?: string;
}

describe('listing jobs: filters, visibility and cursor pagination', () => {
  let service: TestApp;
  let actors: Actors;
  let nanjing: { organisationId: string; token: string };
  let suzhou: { organisationId: string; token: string };
  const openJobs: string[] = [];
  const drafts: string[] = [];
  const closedJobs: string[] = [];

  beforeAll(async () => {
    service = await startTestApp();
    actors = new Actors(service);
    nanjing = await registeredEmployer(service, actors);
    suzhou = await registeredEmployer(service, actors);
    for (let index = 0; index < 5; index += 1)
      openJobs.push(await postedJob(service, nanjing.token, { veteranPriority: index % 2 === 0 }));
    const suzhouJob = {
      location: { cityId: 'suzhou', districtId: 'suzhou-gusu', address: '姑苏区人民路 1 号' },
      occupationId: 'warehouse-keeper',
      requiredSkills: [{ skillId: 'forklift-operation', level: 2 }],
      preferredSkills: [],
      employmentType: 'contract',
    };
    for (let index = 0; index < 3; index += 1)
      openJobs.push(await postedJob(service, suzhou.token, suzhouJob));
    drafts.push(await postedJob(service, nanjing.token, {}, { publish: false }));
    drafts.push(await postedJob(service, suzhou.token, {}, { publish: false }));
    const closedJob = await postedJob(service, nanjing.token);
    await http(service).post(`/jobs/${closedJob}/close`).set('authorization', nanjing.token).expect(200);
    closedJobs.push(closedJob);
  });

  afterAll(() => service?.close());

  async function allPages(token: string, query: Record<string, string | number>): Promise<Page['items']> {
    const items: Page['items'] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages += 1) {
      const response = await http(service)
        .get('/jobs')
        .query({ ...query, ...(cursor ? { cursor } : {}) })
        .set('authorization', token)
        .expect(200);
      const page = response.body as Page;
      expect(page.items.length).toBeLessThanOrEqual(Number(query['limit'] ?? 20));
      items.push(...page.items);
      if (!page.nextCursor) return items;
      cursor = page.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  it('returns every open job exactly once across pages, newest first', async () => {
    const items = await allPages(actors.veteran('v-list'), { limit: 3 });
    const ids = items.map((item) => item.id);
    expect(ids).toHaveLength(openJobs.length);
    expect(new Set(ids)).toEqual(new Set(openJobs));
    expect(items.every((item) => item.status === 'open')).toBe(true);
    const times = items.map((item) => item.postedAt ?? '');
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('keeps pages stable when a job is published while someone pages', async () => {
    const token = actors.veteran('v-list-2');
    const first = (
      await http(service).get('/jobs').query({ limit: 4 }).set('authorization', token).expect(200)
    ).body as Page;
    const newcomer = await postedJob(service, nanjing.token);
    const rest = await allPages(token, { limit: 4, cursor: first.nextCursor ?? '' });
    const seen = [...first.items, ...rest].map((item) => item.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(newcomer);
    await http(service).post(`/jobs/${newcomer}/close`).set('authorization', nanjing.token).expect(200);
    closedJobs.push(newcomer);
  });

  it('filters by city, occupation, employment type, veteran priority and employer', async () => {
    const token = actors.veteran('v-filter');
    const ids = async (query: Record<string, string>) =>
      (await allPages(token, query)).map((item) => item.id).sort();
    expect(await ids({ cityId: 'suzhou' })).toEqual(openJobs.slice(5).sort());
    expect(await ids({ occupationId: 'warehouse-keeper', employmentType: 'contract' })).toEqual(
      openJobs.slice(5).sort(),
    );
    expect(await ids({ employerId: nanjing.organisationId })).toEqual(openJobs.slice(0, 5).sort());
    expect(await ids({ veteranPriority: 'false', cityId: 'nanjing' })).toEqual(
      [openJobs[1], openJobs[3]].sort(),
    );
    expect(await ids({ status: 'closed' })).toEqual([...closedJobs].sort());
  });

  it('shows drafts to their organisation and officers only', async () => {
    const own = await allPages(nanjing.token, { employerId: nanjing.organisationId });
    expect(own.map((item) => item.id)).toEqual(expect.arrayContaining([drafts[0], ...closedJobs]));
    expect(own.map((item) => item.id)).not.toContain(drafts[1]);
    const officerDrafts = await allPages(actors.officer(), { status: 'draft' });
    expect(officerDrafts.map((item) => item.id).sort()).toEqual([...drafts].sort());
    expect(await allPages(actors.veteran('v-peek'), { status: 'draft' })).toEqual([]);
    expect(await allPages(suzhou.token, { status: 'draft', employerId: nanjing.organisationId })).toEqual([]);
  });
});
