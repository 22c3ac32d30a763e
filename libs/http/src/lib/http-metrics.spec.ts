import { Controller, Get, INestApplication, NotFoundException, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MetricsModule, sampleValue } from '@vetlink/metrics';
import request from 'supertest';
import { routeLabel, timeRequests } from './http-metrics';

@Controller('jobs')
class JobsController {
  @Get(':jobId')
  job(@Param('jobId') jobId: string) {
    if (jobId === 'gone') throw new NotFoundException();
    return { jobId };
  }
}

describe('request timing', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [MetricsModule.forRoot({ service: 'job-postings' })],
      controllers: [JobsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use(timeRequests);
    await app.init();
  });
  afterAll(() => app.close());

  it('labels requests by route pattern and status, never by raw path', async () => {
    await request(app.getHttpServer()).get('/jobs/j-1').expect(200);
    await request(app.getHttpServer()).get('/jobs/j-2').expect(200);
    await request(app.getHttpServer()).get('/jobs/gone').expect(404);
    await request(app.getHttpServer()).get('/nothing/here').expect(404);
    const count = (labels: Record<string, string>) =>
      sampleValue('http_request_duration_seconds_count', labels);
    expect(await count({ method: 'GET', route: '/jobs/:jobId', status_code: '200' })).toBe(2);
    expect(await count({ method: 'GET', route: '/jobs/:jobId', status_code: '404' })).toBe(1);
    expect(await count({ route: 'unmatched', status_code: '404' })).toBe(1);
    expect(await count({ route: '/jobs/j-1' })).toBeUndefined();
  });

  it('leaves the scrapes out', async () => {
    await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(await sampleValue('http_request_duration_seconds_count', { route: '/metrics' })).toBeUndefined();
  });

  it("takes a route named by a middleware (the gateway's routing row) over Express's", () => {
    expect(routeLabel({ route: { path: '/x/:id' } }, { route: '/api/jobs' })).toBe('/api/jobs');
    expect(routeLabel({ baseUrl: '/v1', route: { path: '/x/:id' } })).toBe('/v1/x/:id');
    expect(routeLabel({})).toBe('unmatched');
  });
});
