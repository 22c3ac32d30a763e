import { Actors, http, jobBody, registeredEmployer } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('POST /jobs with an Idempotency-Key: a retried draft is made once', () => {
  let service: TestApp;
  let actors: Actors;

  beforeAll(async () => {
    service = await startTestApp();
    actors = new Actors(service);
  });

  afterAll(async () => {
    await service?.close();
  });

  const jobsOf = (employerId: string) => service.connection.collection('jobs').countDocuments({ employerId });

  it('answers a repeat with the first answer, marked as replayed, and drafts one job', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const body = jobBody({ title: '仓储叉车司机' });
    const post = () =>
      http(service)
        .post('/jobs')
        .set('authorization', token)
        .set('idempotency-key', 'draft-2026-12-05-0001')
        .send(body);

    const first = await post().expect(201);
    const again = await post().expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await jobsOf(organisationId)).toBe(1);

    // Another body under the same key is the client's mistake; another employer's same key is theirs alone.
    const changed = await http(service)
      .post('/jobs')
      .set('authorization', token)
      .set('idempotency-key', 'draft-2026-12-05-0001')
      .send({ ...body, title: '夜班叉车司机' })
      .expect(422);
    expect(changed.body.message).toContain('Idempotency-Key');
    const other = await registeredEmployer(service, actors);
    await http(service)
      .post('/jobs')
      .set('authorization', other.token)
      .set('idempotency-key', 'draft-2026-12-05-0001')
      .send(body)
      .expect(201);
    expect(await jobsOf(organisationId)).toBe(1);
  });

  it('runs concurrent repeats once', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    // One body for all five: jobBody() dates the deadline from now, so two calls a millisecond apart differ.
    const body = jobBody();
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        http(service)
          .post('/jobs')
          .set('authorization', token)
          .set('idempotency-key', 'burst-000000001')
          .send(body),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(statuses).toContain(201);
    expect(await jobsOf(organisationId)).toBe(1);
  });

  it('frees the key when the request fails, and refuses a malformed key naming the header', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const invalid = await http(service)
      .post('/jobs')
      .set('authorization', token)
      .set('idempotency-key', 'retry-after-fix-01')
      .send(jobBody({ title: '' }))
      .expect(400);
    expect(JSON.stringify(invalid.body)).toContain('title');
    await http(service)
      .post('/jobs')
      .set('authorization', token)
      .set('idempotency-key', 'retry-after-fix-01')
      .send(jobBody())
      .expect(201);
    const malformed = await http(service)
      .post('/jobs')
      .set('authorization', token)
      .set('idempotency-key', 'no spaces')
      .send(jobBody())
      .expect(400);
    expect(malformed.body.message).toContain('Idempotency-Key');
    expect(await jobsOf(organisationId)).toBe(1);
  });
});
