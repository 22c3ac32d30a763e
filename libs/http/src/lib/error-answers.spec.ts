import { Body, Controller, Get, INestApplication, Param, Post } from '@nestjs/common';
import { keysetQuery } from '@vetlink/persistence';
import request from 'supertest';
import { configuredApp } from './configured-app.spec-support';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from './domain-errors';

const REFUSALS: Record<string, () => DomainError> = {
  'not-found': () => new NotFoundError('job j1 not found'),
  conflict: () => new ConflictError('the profile changed since revision 3 was read'),
  forbidden: () => new ForbiddenError('only officers verify employers'),
  'invalid-state': () => new InvalidStateError('the job is closed: only open jobs take applications'),
  transition: () => new IllegalTransitionError('job', 'closed', 'pause it', ['open']),
  'invalid-input': () =>
    new InvalidInputError([
      { field: 'salary.max', message: 'must not be below salary.min' },
      { field: 'headcount', message: 'must be at least the hires made' },
    ]),
};

@Controller('refusals')
class RefusalsController {
  @Post('echo')
  echo(@Body() body: unknown) {
    return body;
  }

  @Get('crash')
  crash() {
    throw new Error('database password is hunter2');
  }

  @Get('cursor')
  foreignCursor() {
    return keysetQuery({ field: 'createdAt', direction: 'desc' }, 'forged');
  }

  @Get(':kind')
  refuse(@Param('kind') kind: string) {
    throw REFUSALS[kind]();
  }
}

describe('refusals over HTTP: one error body everywhere', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await configuredApp([RefusalsController]);
  });
  afterAll(() => app.close());

  const refusal = (kind: string) => request(app.getHttpServer()).get(`/refusals/${kind}`);

  it.each([
    ['not-found', 404, 'Not Found', 'job j1 not found'],
    ['conflict', 409, 'Conflict', 'the profile changed since revision 3 was read'],
    ['forbidden', 403, 'Forbidden', 'only officers verify employers'],
    ['invalid-state', 409, 'Conflict', 'the job is closed: only open jobs take applications'],
    ['transition', 409, 'Conflict', 'the job is closed: cannot pause it (only possible when it is open)'],
  ])('answers %s with %i and the message', async (kind, statusCode, error, message) => {
    await refusal(kind).expect(statusCode, { statusCode, error, message });
  });

  it('answers invalid input with the 400 that names each field', async () => {
    const response = await refusal('invalid-input').expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'salary.max: must not be below salary.min; headcount: must be at least the hires made',
      issues: [
        { field: 'salary.max', message: 'must not be below salary.min' },
        { field: 'headcount', message: 'must be at least the hires made' },
      ],
    });
  });

  it('answers a cursor the service did not issue with a 400 naming the cursor', async () => {
    const response = await refusal('cursor').expect(400);
    expect(response.body.issues).toEqual([{ field: 'cursor', message: expect.any(String) }]);
  });

  it('answers an unparsable JSON body with the same 400 body, naming (body)', async () => {
    const response = await request(app.getHttpServer())
      .post('/refusals/echo')
      .set('content-type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/^\(body\): the body is not valid JSON/),
      issues: [{ field: '(body)', message: expect.stringMatching(/not valid JSON/) }],
    });
  });

  it('answers a body over the size limit with 413 in the same shape', async () => {
    const response = await request(app.getHttpServer())
      .post('/refusals/echo')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(200_000) }))
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: expect.any(String),
    });
  });

  it('answers an unknown route with 404 and a method no API uses with 405 and Allow', async () => {
    const missing = await request(app.getHttpServer()).get('/nowhere').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    const trace = await request(app.getHttpServer()).trace('/refusals/not-found').expect(405);
    expect(trace.headers['allow']).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
    expect(trace.body).toEqual({
      statusCode: 405,
      error: 'Method Not Allowed',
      message: 'TRACE is not supported',
    });
  });

  it('answers an unexpected failure with a generic 500 that reveals nothing', async () => {
    const response = await refusal('crash').expect(500);
    expect(response.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
  });
});
