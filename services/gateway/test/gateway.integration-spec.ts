import { INestApplication } from '@nestjs/common';
import { AdjustableClock } from '@vetlink/clock';
import { createTestTokenIssuer, dropRedisKeys, testEngines, uniqueName } from '@vetlink/testing';
import request from 'supertest';
import { loadGatewayConfig } from '../src/config';
import { createGatewayApp } from '../src/gateway-app';
import { StubService } from './stub-service';
import { moveToNextWindow } from './rate-window';

const op = { get: { operationId: 'x', responses: { '200': { description: 'ok' } } } };

describe('gateway: routing, limits and edges, against stand-in services and the real Redis', () => {
  const issuer = createTestTokenIssuer();
  const matching = new StubService({ '/jobs/search': op });
  const jobPostings = new StubService({ '/jobs/{jobId}': op, '/employers/me': op });
  let app: INestApplication;
  let prefix: string;
  const clock = new AdjustableClock();
  const http = () => request(app.getHttpServer());
  const bearer = (userId: string) => `Bearer ${issuer.mint({ userId, role: 'veteran' })}`;

  beforeAll(async () => {
    const matchingUrl = await matching.start();
    const jobPostingsUrl = await jobPostings.start();
    prefix = uniqueName('it-gw')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 40);
    const config = loadGatewayConfig({
      AUTH_JWT_PUBLIC_KEY: issuer.authConfig.publicKey,
      REDIS_URL: testEngines.redisUrl,
      LOG_LEVEL: 'warn',
      // notifications points at a closed port: a service that is down.
      GATEWAY_UPSTREAMS: `matching=${matchingUrl},job-postings=${jobPostingsUrl},notifications=http://127.0.0.1:9`,
      GATEWAY_UPSTREAM_TIMEOUT_MS: '300',
      GATEWAY_MAX_BODY_BYTES: '2048',
      GATEWAY_RATE_PER_USER_PER_MINUTE: '5',
      GATEWAY_RATE_PER_ADDRESS_PER_MINUTE: '1000',
      GATEWAY_REDIS_PREFIX: prefix,
    });
    app = await createGatewayApp(config, clock);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await matching.stop();
    await jobPostings.stop();
    await dropRedisKeys(prefix);
  });

  it('sends each path to its service, the token and the correlation id along, the address appended', async () => {
    const token = bearer(uniqueName('vet'));
    const search = await http()
      .get('/api/jobs/search?q=%E5%8F%89%E8%BD%A6')
      .set('authorization', token)
      .set('x-correlation-id', 'req-12345678')
      .set('x-forwarded-for', '203.0.113.5')
      .expect(200);
    expect(search.body).toEqual({ url: '/jobs/search?q=%E5%8F%89%E8%BD%A6', authorization: token });
    expect(search.headers['x-correlation-id']).toBe('req-12345678');
    const seen = matching.seen.at(-1);
    expect(seen?.headers['x-correlation-id']).toBe('req-12345678');
    expect(seen?.headers['x-forwarded-for']).toMatch(/^203\.0\.113\.5, (::ffff:)?127\.0\.0\.1$/);

    await http()
      .get('/api/jobs/j-42')
      .set('authorization', bearer(uniqueName('vet')))
      .expect(200);
    expect(jobPostings.seen.at(-1)?.url).toBe('/jobs/j-42');
  });

  it('makes up a correlation id when none is given and gives the same one to the service', async () => {
    const answer = await http().get('/api/jobs/j-1').expect(200);
    expect(answer.headers['x-correlation-id']).toMatch(/^[\w-]{8,}$/);
    expect(jobPostings.seen.at(-1)?.headers['x-correlation-id']).toBe(answer.headers['x-correlation-id']);
  });

  it('answers 502 naming a service that is down, and 504 for one that does not answer in time', async () => {
    const down = await http().get('/api/inbox/unread-count').expect(502);
    expect(down.body).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'notifications is not reachable',
    });
    matching.delayMs = 1000;
    try {
      const slow = await http().get('/api/jobs/search').expect(504);
      expect(slow.body.message).toBe('matching did not answer within 300 ms');
    } finally {
      matching.delayMs = 0;
    }
  });

  it('refuses bodies over the limit with 413, declared or streamed', async () => {
    const big = 'x'.repeat(4096);
    const declared = await http().post('/api/jobs').set('content-type', 'text/plain').send(big);
    expect(declared.status).toBe(413);
    const small = await http().post('/api/jobs').set('content-type', 'application/json').send({ a: 1 });
    expect(small.status).toBe(200);
    expect(jobPostings.seen.at(-1)?.body).toBe('{"a":1}');
  });

  it('limits requests per user with 429 and Retry-After, without touching another user', async () => {
    moveToNextWindow(clock);
    const token = bearer(uniqueName('busy'));
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await http().get('/api/jobs/j-1').set('authorization', token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await http().get('/api/jobs/j-1').set('authorization', token).expect(429);
    expect(refused.body.message).toMatch(/more than 5 requests a minute from this account/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await http()
      .get('/api/jobs/j-1')
      .set('authorization', bearer(uniqueName('calm')))
      .expect(200);
  });

  it('counts a forged token by address only (it cannot spend someone else’s allowance)', async () => {
    const forged = `Bearer ${createTestTokenIssuer().mint({ userId: 'someone', role: 'veteran' })}`;
    for (let i = 0; i < 7; i += 1) await http().get('/api/jobs/j-1').set('authorization', forged).expect(200);
  });

  it('answers CORS for the portal only, and security headers on every answer', async () => {
    const preflight = await http()
      .options('/api/jobs/search')
      .set('origin', 'http://127.0.0.1:8080')
      .set('access-control-request-method', 'GET')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://127.0.0.1:8080');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/);
    await http()
      .options('/api/jobs/search')
      .set('origin', 'https://elsewhere.example')
      .set('access-control-request-method', 'GET')
      .expect(403);

    const answer = await http().get('/api/jobs/j-1').set('origin', 'http://127.0.0.1:8080').expect(200);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': 'http://127.0.0.1:8080',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('answers 404 in the one error body for a path no service takes', async () => {
    const answer = await http().get('/api/nothing/here').expect(404);
    expect(answer.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'no API route answers GET /api/nothing/here',
    });
  });

  it('serves one OpenAPI document from the services it could read, and the page that shows it', async () => {
    const docs = await http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/jobs/search', '/api/jobs/{jobId}', '/api/employers/me']),
    );
    expect(docs.body['x-missing-services']).toContain('notifications');
    const page = await http().get('/docs').expect(200);
    expect(page.text).toContain('/docs/ui/swagger-ui-bundle.js');
    await http().get('/docs/ui/swagger-ui-bundle.js').expect(200);
  });

  it('is ready when Redis answers', async () => {
    await http().get('/health/ready').expect(200);
  });

  it('gives Prometheus its own /metrics, timed by routing row; none through a proxy, and no service’s', async () => {
    await http().get('/api/jobs/j-7').expect(200);
    const scrape = await http().get('/metrics').expect(200);
    expect(scrape.text).toMatch(
      /^http_request_duration_seconds_count\{(?=.*route="\/api\/jobs")(?=.*service="gateway").*\} \d+$/m,
    );
    expect(scrape.text).not.toContain('route="/api/jobs/j-7"');
    await http().get('/metrics').set('x-forwarded-for', '203.0.113.5').expect(404);
    await http().get('/api/incubation/metrics').expect(404);
  });
});
