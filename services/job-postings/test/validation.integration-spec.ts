import { Types } from 'mongoose';
import {
  Actors,
  employerRegistration,
  http,
  jobBody,
  postedJob,
  registeredEmployer,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface FieldIssue {
  field: string;
  message: string;
}

describe('bad input: 400 naming each field, and nothing written', () => {
  let service: TestApp;
  let actors: Actors;
  let employer: { organisationId: string; token: string };

  beforeAll(async () => {
    service = await startTestApp();
    actors = new Actors(service);
    employer = await registeredEmployer(service, actors);
  });

  afterAll(() => service?.close());

  const count = (collection: string) => service.connection.collection(collection).countDocuments();
  const fieldsOf = (body: { issues: FieldIssue[] }) => body.issues.map((issue) => issue.field);

  /** Sends a job draft that must be refused; returns the issues after checking nothing was stored. */
  async function refusedJob(body: Record<string, unknown>): Promise<FieldIssue[]> {
    const before = await count('jobs');
    const response = await http(service)
      .post('/jobs')
      .set('authorization', employer.token)
      .send(body)
      .expect(400);
    expect(await count('jobs')).toBe(before);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    return response.body.issues;
  }

  it('refuses a job without a title', async () => {
    const { title: _title, ...untitled } = jobBody();
    const issues = await refusedJob(untitled);
    expect(issues.map((issue) => issue.field)).toEqual(['title']);
  });

  it('refuses personal data, control characters and bidirectional overrides in public text', async () => {
    const withIdNumber = await refusedJob(jobBody({ description: '请携带身份证 320102199001011234 面试' }));
    expect(withIdNumber).toEqual([{ field: 'description', message: expect.stringMatching(/an ID number/) }]);
    const withMobile = await refusedJob(jobBody({ title: '叉车司机 电话13812345678' }));
    expect(withMobile).toEqual([{ field: 'title', message: expect.stringMatching(/a mobile number/) }]);
    const withOverride = await refusedJob(jobBody({ title: '叉车司机\u202Egnp.exe' }));
    expect(withOverride).toEqual([
      { field: 'title', message: 'must not contain bidirectional control characters' },
    ]);
    const withControl = await refusedJob(jobBody({ description: '叉车\u0000司机' }));
    expect(withControl).toEqual([{ field: 'description', message: 'must not contain control characters' }]);
  });

  it('refuses a salary whose minimum exceeds its maximum', async () => {
    const issues = await refusedJob(jobBody({ salary: { min: 9000, max: 6000 } }));
    expect(issues).toEqual([{ field: 'salary.min', message: 'must not exceed salary.max' }]);
  });

  it('refuses an unknown skill id, quoting it', async () => {
    const issues = await refusedJob(jobBody({ requiredSkills: [{ skillId: 'telepathy', level: 3 }] }));
    expect(issues).toEqual([{ field: 'requiredSkills.0.skillId', message: 'unknown skill id "telepathy"' }]);
  });

  it('refuses coordinates outside Jiangsu', async () => {
    const location = {
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
      address: '江东中路 100 号',
      lat: 95,
      lng: 118.7,
    };
    const issues = await refusedJob(jobBody({ location }));
    expect(issues.map((issue) => issue.field)).toEqual(['location.lat']);
  });

  it('names every bad field at once: district of another city, level 6, a certificate name too long, past deadline', async () => {
    const issues = await refusedJob(
      jobBody({
        location: { cityId: 'suzhou', districtId: 'nanjing-jianye', address: '江东中路 100 号' },
        requiredSkills: [{ skillId: 'site-patrol', level: 6 }],
        // Certificates may be typed by name (an unknown one is kept as a requirement), but not at any length.
        requiredCertificates: ['飞毯驾驶执照'.repeat(11)],
        deadline: '2020-01-01T00:00:00Z',
        employmentType: 'forever',
        status: 'open',
      }),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(
      [
        '(body)',
        'deadline',
        'employmentType',
        'location.districtId',
        'requiredCertificates.0',
        'requiredSkills.0.level',
      ].sort(),
    );
  });

  it('refuses a skill both required and preferred', async () => {
    const issues = await refusedJob(jobBody({ preferredSkills: [{ skillId: 'site-patrol', level: 4 }] }));
    expect(issues).toEqual([
      { field: 'preferredSkills.0.skillId', message: 'site-patrol is already a required skill' },
    ]);
  });

  it('refuses a malformed credit code and a non-mobile phone, without echoing the phone', async () => {
    const before = await count('employers');
    const response = await http(service)
      .post('/employers')
      .set('authorization', actors.employer('org-malformed'))
      .send(
        employerRegistration({
          creditCode: '91320100MA1XXXXX0A',
          contact: { name: '王', phone: '025-83451234' },
        }),
      )
      .expect(400);
    expect(fieldsOf(response.body).sort()).toEqual(['contact.phone', 'creditCode']);
    expect(response.body.issues.find((issue: FieldIssue) => issue.field === 'creditCode').message).toMatch(
      /check character/,
    );
    expect(JSON.stringify(response.body)).not.toContain('83451234');
    expect(await count('employers')).toBe(before);
  });

  it('leaves a published job untouched by a bad edit', async () => {
    const jobId = await postedJob(service, employer.token);
    // The relay empties the outbox fields meanwhile; everything else must stay as it was.
    const stored = () =>
      service.connection
        .collection<{ _id: string }>('jobs')
        .findOne({ _id: jobId }, { projection: { pendingEvents: 0 } });
    const before = await stored();
    const response = await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', employer.token)
      .send({ title: '', salary: { min: 9000, max: 6000 } })
      .expect(400);
    expect(fieldsOf(response.body).sort()).toEqual(['salary.min', 'title']);
    const overlap = await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', employer.token)
      .send({ preferredSkills: [{ skillId: 'first-aid', level: 3 }] })
      .expect(400);
    expect(fieldsOf(overlap.body)).toEqual(['preferredSkills.0.skillId']);
    await http(service).patch(`/jobs/${jobId}`).set('authorization', employer.token).send({}).expect(400);
    expect(await stored()).toEqual(before);
  });

  it('answers malformed ids with 400 and well-formed unknown ones with 404, never 500', async () => {
    const malformed = await http(service)
      .get('/jobs/not-an-id')
      .set('authorization', employer.token)
      .expect(400);
    expect(fieldsOf(malformed.body)).toEqual(['jobId']);
    await http(service).post('/jobs/12345/publish').set('authorization', employer.token).expect(400);
    await http(service).get('/applications/%7B%24gt%3A1%7D').set('authorization', employer.token).expect(400);
    await http(service)
      .get(`/jobs/${new Types.ObjectId().toHexString()}`)
      .set('authorization', employer.token)
      .expect(404);
    await http(service)
      .get(`/applications/${new Types.ObjectId().toHexString()}`)
      .set('authorization', employer.token)
      .expect(404);
    await http(service).get('/employers/org-nobody').set('authorization', employer.token).expect(404);
    await http(service).get('/employers/bad id!').set('authorization', employer.token).expect(400);
  });

  it('refuses bad listing queries: unknown filters, values, and cursors it did not issue', async () => {
    const token = actors.veteran('v-q');
    expect(
      fieldsOf(
        (await http(service).get('/jobs?status=ancient').set('authorization', token).expect(400)).body,
      ),
    ).toEqual(['status']);
    expect(
      fieldsOf(
        (await http(service).get('/jobs?cityId=beijing').set('authorization', token).expect(400)).body,
      ),
    ).toEqual(['cityId']);
    expect(
      fieldsOf((await http(service).get('/jobs?limit=1000').set('authorization', token).expect(400)).body),
    ).toEqual(['limit']);
    expect(
      fieldsOf((await http(service).get('/jobs?cursor=bm9wZQ').set('authorization', token).expect(400)).body),
    ).toEqual(['cursor']);
    await http(service).get('/jobs?sort=salary').set('authorization', token).expect(400);
    await http(service).get('/jobs?veteranPriority=yes').set('authorization', token).expect(400);
  });

  it('refuses a stage that does not exist and an application body with unknown fields', async () => {
    const jobId = await postedJob(service, employer.token);
    const veteran = actors.veteran('v-body');
    await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', veteran)
      .send({ stage: 'hired' })
      .expect(400);
    expect(await service.connection.collection('applications').countDocuments({ jobId })).toBe(0);
    const applied = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', veteran)
      .send({})
      .expect(201);
    const bad = await http(service)
      .post(`/applications/${applied.body.id}/stage`)
      .set('authorization', employer.token)
      .send({ stage: 'promoted' })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['stage']);
    await http(service)
      .post(`/applications/${applied.body.id}/stage`)
      .set('authorization', employer.token)
      .send({ stage: 'withdrawn' })
      .expect(400);
  });
});
