import { Controller, Get, INestApplication, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { LoggingModule } from '@vetlink/logging';
import { keysetQuery } from '@vetlink/persistence';
import request from 'supertest';
import { configureService } from './bootstrap-service';
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
  @Get('cursor')
  foreignCursor() {
    return keysetQuery({ field: 'createdAt', direction: 'desc' }, 'forged');
  }

  @Get(':kind')
  refuse(@Param('kind') kind: string) {
    throw REFUSALS[kind]();
  }
}

describe('domain errors over HTTP', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [LoggingModule.forRoot({ service: 'http-spec', level: 'silent' })],
      controllers: [RefusalsController],
    }).compile();
    app = configureService(moduleRef.createNestApplication({ bufferLogs: true }), {
      title: 't',
      description: 't',
    });
    await app.init();
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
});
