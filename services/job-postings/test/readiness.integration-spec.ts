import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

describe('job-postings wiring against the real engines', () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startTestApp();
  });

  afterAll(() => service.close());

  it('reports ready once Kafka, MongoDB and Redis all answer', async () => {
    const response = await request(service.app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.info).toMatchObject({
      kafka: { status: 'up' },
      mongodb: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it('is live and publishes its OpenAPI document', async () => {
    await request(service.app.getHttpServer()).get('/health/live').expect(200);
    const openapi = await request(service.app.getHttpServer()).get('/docs/openapi.json').expect(200);
    expect(openapi.body.paths).toHaveProperty(['/health/ready']);
  });
});
