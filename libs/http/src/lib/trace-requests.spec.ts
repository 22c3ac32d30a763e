import { Controller, Get, INestApplication, Param, Post } from '@nestjs/common';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { currentTraceId, startTracing, stopTracing, traceCarrier } from '@vetlink/tracing';
import request from 'supertest';
import { configuredApp } from './configured-app.spec-support';

@Controller('jobs')
class JobsController {
  @Post(':jobId/publish')
  publish(@Param('jobId') jobId: string) {
    return { jobId, traceId: currentTraceId(), carrier: traceCarrier() };
  }

  @Get('crash')
  crash() {
    throw new Error('boom');
  }
}

const CALLER = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('a server span per request', () => {
  const exporter = new InMemorySpanExporter();
  let app: INestApplication;

  beforeAll(async () => {
    startTracing({ service: 'http-spec', spanProcessor: new SimpleSpanProcessor(exporter) });
    app = await configuredApp([JobsController]);
  });
  afterAll(async () => {
    await app.close();
    await stopTracing();
  });
  beforeEach(() => exporter.reset());

  const finished = async () => {
    // The span ends on the response's finish, which may follow the answer's arrival by a tick.
    for (let tries = 0; tries < 50 && exporter.getFinishedSpans().length === 0; tries++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return exporter.getFinishedSpans();
  };

  it("is named by method and route pattern, continues the caller's traceparent and is active in the handler", async () => {
    const answer = await request(app.getHttpServer())
      .post('/jobs/6650f0c2a1b2c3d4e5f60718/publish')
      .set('traceparent', CALLER)
      .expect(201);
    const [span] = await finished();
    expect(span?.name).toBe('POST /jobs/:jobId/publish');
    expect(span?.attributes).toMatchObject({
      'http.route': '/jobs/:jobId/publish',
      'http.response.status_code': 201,
    });
    expect(span?.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(answer.body.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(answer.body.carrier.traceparent).toContain(span?.spanContext().spanId);
    expect(JSON.stringify(span?.attributes)).not.toContain('6650f0c2a1b2c3d4e5f60718');
  });

  it('starts a trace of its own without a caller, and marks a 500 failed', async () => {
    await request(app.getHttpServer()).get('/jobs/crash').expect(500);
    const [span] = await finished();
    expect(span?.name).toBe('GET /jobs/crash');
    expect(span?.parentSpanContext).toBeUndefined();
    expect(span?.status.code).toBe(2);
  });

  it('names an unmatched request by its method only', async () => {
    await request(app.getHttpServer()).get('/nowhere/13812345678').expect(404);
    const [span] = await finished();
    expect(span?.name).toBe('GET');
  });
});
