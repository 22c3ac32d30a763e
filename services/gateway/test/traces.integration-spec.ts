import { INestApplication } from '@nestjs/common';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { createTestTokenIssuer, dropRedisKeys, testEngines, uniqueName } from '@vetlink/testing';
import { startTracing, stopTracing } from '@vetlink/tracing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { loadGatewayConfig } from '../src/config';
import { createGatewayApp } from '../src/gateway-app';
import { StubService } from './stub-service';

const op = { get: { operationId: 'x', responses: { '200': { description: 'ok' } } } };

/** Traced, the gateway is a step of the request's trace: its span continues the caller's, the service's follows it. */
describe('gateway: its span in the trace, against a stand-in service and the real Redis', () => {
  const issuer = createTestTokenIssuer();
  const jobPostings = new StubService({ '/jobs/{jobId}': op });
  const spans = new InMemorySpanExporter();
  let app: INestApplication;
  let prefix: string;

  beforeAll(async () => {
    startTracing({ service: 'gateway', spanProcessor: new SimpleSpanProcessor(spans) });
    const jobPostingsUrl = await jobPostings.start();
    prefix = uniqueName('it-gw-trace')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-');
    app = await createGatewayApp(
      loadGatewayConfig({
        AUTH_JWT_PUBLIC_KEY: issuer.authConfig.publicKey,
        REDIS_URL: testEngines.redisUrl,
        LOG_LEVEL: 'warn',
        GATEWAY_UPSTREAMS: `job-postings=${jobPostingsUrl}`,
        GATEWAY_REDIS_PREFIX: prefix,
      }),
    );
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await jobPostings.stop();
    await dropRedisKeys(prefix);
    await stopTracing();
  });

  it("names its span by routing row, parents it on the caller's and hands the service its own span as parent", async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    await request(app.getHttpServer())
      .get('/api/jobs/j-42')
      .set('traceparent', `00-${traceId}-${callerSpanId}-01`)
      .expect(200);

    const [span] = spans.getFinishedSpans().filter((finished) => finished.spanContext().traceId === traceId);
    expect(span?.name).toBe('GET /api/jobs');
    expect(span?.parentSpanContext?.spanId).toBe(callerSpanId);
    expect(span?.attributes).toMatchObject({ 'http.route': '/api/jobs', 'http.response.status_code': 200 });
    expect(jobPostings.seen.at(-1)?.headers['traceparent']).toBe(
      `00-${traceId}-${span?.spanContext().spanId}-01`,
    );
  });
});
