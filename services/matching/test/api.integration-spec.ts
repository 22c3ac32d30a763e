import { jobPosted, profileCreated, veteranErased } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { textTermId } from '@vetlink/taxonomy';
import { forkliftJobPosted, profileSnapshot } from '@vetlink/matching-score/testing';
import { MatchingWorld } from './support/matching-harness';

describe('the HTTP API of matching', () => {
  let world: MatchingWorld;
  const veteranId = uniqueName('vet-api');
  const otherVeteran = uniqueName('vet-other');
  const cookId = uniqueName('vet-cook');
  const employerId = uniqueName('employer');
  const forkliftJob = uniqueName('job-forklift');
  const truckJob = uniqueName('job-truck');
  const farJob = uniqueName('job-suzhou');

  beforeAll(async () => {
    world = await new MatchingWorld().setUp();
    await world.publish(profileCreated, profileSnapshot(veteranId));
    await world.publish(
      profileCreated,
      profileSnapshot(otherVeteran, undefined, { jobSeekingStatus: 'open', displayName: '李**' }),
    );
    await world.publish(
      profileCreated,
      profileSnapshot(
        cookId,
        { specialties: ['military-cook'] },
        { displayName: '赵**', minimumMonthlySalary: null },
      ),
    );
    await world.publish(
      jobPosted,
      forkliftJobPosted(forkliftJob, { employerId, employerName: '南京顺达物流有限公司' }),
    );
    await world.publish(
      jobPosted,
      forkliftJobPosted(truckJob, {
        employerId,
        title: '城配货车司机',
        description: '南京市内城市配送，C1 即可。',
        occupationId: 'truck-driver',
        requiredSkills: [{ skillId: 'heavy-truck-driving', level: 3 }],
        preferredSkills: [{ skillId: 'route-planning', level: 2 }],
        requiredCertificates: ['driving-licence-c1'],
        veteranPriority: false,
        veteransOnly: true,
        salary: { min: 7000, max: 9000 },
      }),
    );
    await world.publish(
      jobPosted,
      forkliftJobPosted(farJob, {
        location: { cityId: 'suzhou', districtId: 'suzhou-gusu', address: '姑苏区', lat: 31.3, lng: 120.62 },
        employmentType: 'part-time',
      }),
    );
    // Each job and veteran is its own Kafka key, so their events may be applied in any order: wait for all.
    for (const jobId of [forkliftJob, truckJob, farJob]) await world.readModelHas('jobs', jobId);
    for (const id of [veteranId, otherVeteran, cookId]) await world.readModelHas('veterans', id);
  });

  afterAll(async () => {
    await world?.tearDown();
  });

  const as = (userId: string, role: 'veteran' | 'employer' | 'officer' | 'mentor', organisationId?: string) =>
    world.bearer(userId, role, organisationId);

  describe('the taxonomy API', () => {
    it('suggests terms as people type, in Chinese or English', async () => {
      const response = await world
        .http()
        .get('/taxonomy/terms?q=叉车&kinds=certificate,occupation')
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(200);
      const keys = response.body.items.map((item: { kind: string; id: string }) => `${item.kind}:${item.id}`);
      expect(keys).toEqual(
        expect.arrayContaining(['certificate:forklift-licence', 'occupation:forklift-driver']),
      );
    });

    it('reads letters as pinyin, after names matched as written, and refuses an overlong text', async () => {
      const response = await world
        .http()
        .get('/taxonomy/terms?q=ccsj&kinds=occupation,certificate')
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(200);
      expect(response.body.items[0]).toMatchObject({
        kind: 'occupation',
        id: 'forklift-driver',
        matched: '叉车司机',
        pinyin: 'cha che si ji',
      });
      const tooLong = await world
        .http()
        .get(`/taxonomy/terms?q=${'a'.repeat(41)}`)
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(400);
      expect(JSON.stringify(tooLong.body)).toContain('q');
    });

    it('resolves free-text terms with confidence, and says which it cannot', async () => {
      const response = await world
        .http()
        .post('/taxonomy/resolve')
        .set('Authorization', as(employerId, 'employer', employerId))
        .send({ terms: ['A2驾驶证', '班长', '健身教练证'] })
        .expect(200);
      expect(response.body.items).toEqual([
        {
          text: 'A2驾驶证',
          resolved: expect.objectContaining({ kind: 'certificate', id: 'driving-licence-a2' }),
        },
        {
          text: '班长',
          resolved: expect.objectContaining({ kind: 'role', id: 'squad-leader', confidence: 1 }),
        },
        { text: '健身教练证', resolved: null },
      ]);
    });

    it('names entries by id in both languages, certificates kept as typed by their text', async () => {
      const typed = textTermId('健身教练证');
      const response = await world
        .http()
        .get(
          `/taxonomy/entries?kind=certificate&ids=driving-licence-a2,${encodeURIComponent(typed)},no-such-id`,
        )
        .set('Authorization', as(employerId, 'employer', employerId))
        .expect(200);
      expect(response.body.items).toEqual([
        { id: 'driving-licence-a2', zh: expect.stringContaining('A2'), en: expect.any(String), known: true },
        { id: typed, zh: '健身教练证', en: '健身教练证', known: false },
        { id: 'no-such-id', zh: 'no-such-id', en: 'no-such-id', known: false },
      ]);
      const unknownKind = await world
        .http()
        .get('/taxonomy/entries?kind=weapon&ids=a')
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(400);
      expect(JSON.stringify(unknownKind.body)).toContain('kind');
    });

    it('refuses an empty list naming the field', async () => {
      const response = await world
        .http()
        .post('/taxonomy/resolve')
        .set('Authorization', as(veteranId, 'veteran'))
        .send({ terms: [] })
        .expect(400);
      expect(JSON.stringify(response.body)).toContain('terms');
    });
  });

  describe('GET /veterans/:veteranId/recommended-jobs', () => {
    it('ranks the fitting open jobs for me, best first, with reasons, and leaves out what does not fit', async () => {
      const response = await world
        .http()
        .get('/veterans/me/recommended-jobs')
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(200);
      const ids = response.body.items.map((item: { job: { jobId: string } }) => item.job.jobId);
      expect(ids).toEqual(expect.arrayContaining([forkliftJob, truckJob]));
      expect(ids).not.toContain(farJob);
      const scores = response.body.items.map((item: { score: number }) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const truck = response.body.items.find(
        (item: { job: { jobId: string } }) => item.job.jobId === truckJob,
      );
      expect(truck.reasons).toContainEqual(
        expect.objectContaining({
          kind: 'certificate',
          text: {
            zh: '需要 C1驾驶证 — 您持有 A2驾驶证（涵盖 C1驾驶证）',
            en: 'Needs Driving licence C1 — you hold Driving licence A2 (covers Driving licence C1)',
          },
        }),
      );
      expect(truck.reasons[0]).toMatchObject({ kind: 'veterans-only', text: { zh: '退役军人专属岗位' } });
      expect(truck.headline.zh).toMatch(/^城配货车司机 · 南京顺达物流有限公司 — 匹配度 \d+ 分$/);
      expect(truck.job).toMatchObject({
        veteransOnly: true,
        cityId: 'nanjing',
        salary: { min: 7000, max: 9000 },
      });
    });

    it('pages by offset', async () => {
      const page = await world
        .http()
        .get('/veterans/me/recommended-jobs?limit=1&offset=1')
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(200);
      expect(page.body).toMatchObject({ limit: 1, offset: 1 });
      expect(page.body.items).toHaveLength(1);
      expect(page.body.total).toBeGreaterThanOrEqual(2);
    });

    it("lets officers see any veteran's, and nobody else", async () => {
      await world
        .http()
        .get(`/veterans/${veteranId}/recommended-jobs`)
        .set('Authorization', as('officer-1', 'officer'))
        .expect(200);
      await world
        .http()
        .get(`/veterans/${veteranId}/recommended-jobs`)
        .set('Authorization', as(otherVeteran, 'veteran'))
        .expect(403);
      await world
        .http()
        .get(`/veterans/${veteranId}/recommended-jobs`)
        .set('Authorization', as('emp-1', 'employer', employerId))
        .expect(403);
      await world.http().get('/veterans/me/recommended-jobs').expect(401);
      await world
        .http()
        .get('/veterans/nobody-knows/recommended-jobs')
        .set('Authorization', as('officer-1', 'officer'))
        .expect(404);
    });

    it('refuses bad paging, naming the field', async () => {
      const response = await world
        .http()
        .get('/veterans/me/recommended-jobs?limit=500')
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(400);
      expect(response.body.issues).toEqual([expect.objectContaining({ field: 'limit' })]);
    });
  });

  describe('GET /veterans/:veteranId/jobs/:jobId/why', () => {
    it('explains one pair: every component, the reasons and the vetoes', async () => {
      const response = await world
        .http()
        .get(`/veterans/me/jobs/${farJob}/why`)
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(200);
      expect(response.body).toMatchObject({
        veteranId,
        eligible: false,
        pushWorthy: false,
        pushThreshold: 60,
        jobStatus: 'open',
      });
      expect(response.body.vetoes.map((veto: { kind: string }) => veto.kind)).toEqual([
        'outside-radius',
        'employment-type-mismatch',
      ]);
      expect(Object.keys(response.body.components)).toEqual([
        'skills',
        'occupation',
        'text',
        'distance',
        'salary',
        'employmentType',
        'seniority',
        'recency',
        'veteranPriority',
      ]);
      await world
        .http()
        .get(`/veterans/me/jobs/unknown-job/why`)
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(404);
    });
  });

  describe('GET /jobs/search', () => {
    it('finds jobs by Chinese or English text, through the crosswalk synonyms', async () => {
      for (const q of ['叉车', 'forklift', '开叉车']) {
        const response = await world
          .http()
          .get('/jobs/search')
          .query({ q, cityId: 'nanjing' })
          .set('Authorization', as('mentor-1', 'mentor'))
          .expect(200);
        const ids = response.body.items.map((item: { jobId: string }) => item.jobId);
        expect(ids).toContain(forkliftJob);
        expect(ids).not.toContain(farJob);
      }
    });

    it("filters, counts facets and searches around the caller's home", async () => {
      const response = await world
        .http()
        .get('/jobs/search')
        .query({ near: 'home', radiusKm: 40, employmentType: 'full-time', salaryMin: 8500 })
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(200);
      const ids = response.body.items.map((item: { jobId: string }) => item.jobId);
      expect(ids).toContain(truckJob);
      expect(ids).not.toContain(forkliftJob);
      expect(ids).not.toContain(farJob);
      expect(response.body.items[0].distanceKm).toBeGreaterThan(0);
      expect(response.body.facets.cityId).toMatchObject({ nanjing: expect.any(Number) });
      expect(response.body.facets).toHaveProperty('employmentType');
    });

    it('answers bad filters with a 400 naming each field', async () => {
      const response = await world
        .http()
        .get('/jobs/search')
        .query({ cityId: 'atlantis', radiusKm: 10 })
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(400);
      expect(response.body.issues.map((issue: { field: string }) => issue.field).sort()).toEqual([
        'cityId',
        'radiusKm',
      ]);
    });
  });

  describe('GET /jobs/:jobId/candidates', () => {
    it("ranks fitting veterans for the job's employer, masked, with reasons about them", async () => {
      const response = await world
        .http()
        .get(`/jobs/${forkliftJob}/candidates`)
        .set('Authorization', as('emp-1', 'employer', employerId))
        .expect(200);
      const ids = response.body.items.map((item: { veteranId: string }) => item.veteranId);
      expect(ids).toEqual(expect.arrayContaining([veteranId, otherVeteran]));
      expect(ids).not.toContain(cookId);
      const candidate = response.body.items.find(
        (item: { veteranId: string }) => item.veteranId === veteranId,
      );
      expect(Object.keys(candidate).sort()).toEqual(
        [
          'cityId',
          'components',
          'displayName',
          'distanceKm',
          'districtId',
          'jobSeekingStatus',
          'reasons',
          'score',
          'seniorityBand',
          'veteranId',
        ].sort(),
      );
      expect(candidate.displayName).toBe('王**');
      expect(candidate.reasons).toContainEqual(
        expect.objectContaining({
          kind: 'certificate',
          text: { zh: '需要 叉车司机证 — 持有', en: 'Needs Forklift operator licence — holds it' },
        }),
      );
      expect(JSON.stringify(response.body)).not.toMatch(/phone|idNumber|fullName/);
    });

    it('refuses another organisation and veterans; lets officers in', async () => {
      await world
        .http()
        .get(`/jobs/${forkliftJob}/candidates`)
        .set('Authorization', as('emp-2', 'employer', 'another-org'))
        .expect(403);
      await world
        .http()
        .get(`/jobs/${forkliftJob}/candidates`)
        .set('Authorization', as(veteranId, 'veteran'))
        .expect(403);
      await world
        .http()
        .get(`/jobs/${forkliftJob}/candidates`)
        .set('Authorization', as('officer-1', 'officer'))
        .expect(200);
      await world
        .http()
        .get(`/jobs/no-such-job/candidates`)
        .set('Authorization', as('officer-1', 'officer'))
        .expect(404);
    });
  });

  describe('a veteran who asks to be erased', () => {
    it('exports what matching keeps, then forgets it: read model, veterans index, pushes', async () => {
      const erasedId = uniqueName('vet-erased');
      await world.publish(profileCreated, profileSnapshot(erasedId, undefined, { displayName: '孙**' }));
      await world.readModelHas('veterans', erasedId);
      await world.waitForMatches(erasedId, forkliftJob);
      const before = await world
        .http()
        .get('/personal-data/me')
        .set('Authorization', as(erasedId, 'veteran'))
        .expect(200);
      expect(before.body.sections.veteran).toMatchObject({ veteranId: erasedId, displayName: '孙**' });
      expect(before.body.sections.pushes.length).toBeGreaterThan(0);

      await world.publish(veteranErased, {
        veteranId: erasedId,
        revision: 2,
        erasedAt: new Date().toISOString(),
      });
      await world.allApplied();

      const after = await world
        .http()
        .get('/personal-data/me')
        .set('Authorization', as(erasedId, 'veteran'))
        .expect(200);
      expect(after.body.sections).toEqual({ veteran: null, pushes: [] });
      const candidates = await world
        .http()
        .get(`/jobs/${forkliftJob}/candidates`)
        .set('Authorization', as('officer-1', 'officer'))
        .expect(200);
      const ids = candidates.body.items.map((item: { veteranId: string }) => item.veteranId);
      expect(ids).toContain(veteranId);
      expect(ids).not.toContain(erasedId);
      await world
        .http()
        .get(`/veterans/${erasedId}/recommended-jobs`)
        .set('Authorization', as(erasedId, 'veteran'))
        .expect(404);
    });
  });

  it('documents every route in OpenAPI and reports ready', async () => {
    const docs = await world.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/veterans/{veteranId}/recommended-jobs',
        '/veterans/{veteranId}/jobs/{jobId}/why',
        '/jobs/search',
        '/jobs/{jobId}/candidates',
      ]),
    );
    const ready = await world.http().get('/health/ready').expect(200);
    expect(ready.body.info).toHaveProperty('search');
  });
});
