import { AppHarness, startApp } from './support/app-harness';

describe('skills-profiles wiring against the real engines', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
  });

  afterAll(() => harness.close());

  it('reports ready once Kafka and MongoDB both answer', async () => {
    const response = await harness.http().get('/health/ready').expect(200);
    expect(response.body.info).toMatchObject({ kafka: { status: 'up' }, mongodb: { status: 'up' } });
  });

  it('is live and publishes its OpenAPI document with the profile routes', async () => {
    await harness.http().get('/health/live').expect(200);
    const openapi = await harness.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/health/ready',
        '/profiles',
        '/profiles/me',
        '/profiles/me/job-seeking-status',
        '/profiles/me/notification-preferences',
        '/profiles/lookup',
        '/profiles/{veteranId}',
        '/profiles/{veteranId}/civilian-view',
        '/profiles/{veteranId}/completeness',
        '/profiles/{veteranId}/skills/{skillId}/verification',
      ]),
    );
  });

  it('creates the one-profile-per-ID-number unique index at start-up', async () => {
    const indexes = await harness.connection.collection('profiles').indexes();
    expect(indexes).toContainEqual(
      expect.objectContaining({ name: 'one_profile_per_id_number', unique: true }),
    );
  });
});
