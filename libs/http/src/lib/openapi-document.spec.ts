import { Body, Controller, Get, Header, INestApplication, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import request from 'supertest';
import { z } from 'zod';
import { ApiErrors } from './api-errors';
import { configuredApp } from './configured-app.spec-support';
import { emailAddress } from './fields';
import { pagingFields } from './listing';
import { createZodDto } from './zod-dto';

class ContactView extends createZodDto(
  z.object({ email: z.string().nullable(), tags: z.array(z.string()), score: z.number().nullable() }),
) {}
class ContactBody extends createZodDto(z.strictObject({ email: emailAddress() })) {}
class Listing extends createZodDto(z.strictObject({ ...pagingFields })) {}
class ContactParams extends createZodDto(z.strictObject({ contactId: z.string().regex(/^c\d+$/) })) {}

@ApiBearerAuth()
@Controller('contacts')
class ContactsController {
  @Get()
  @ApiOkResponse({ type: ContactView.Output })
  list(@Query() _query: Listing) {
    return { email: null, tags: [], score: null };
  }

  @Post()
  @ApiErrors([409, 'already registered'])
  add(@Body() body: ContactBody) {
    return body;
  }

  @Get('page')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiErrors(404)
  page(@Query() _query: Listing) {
    return '<p>ok</p>';
  }

  @Get('busy')
  busy() {
    throw Object.assign(new Error('Timed out while checking out a connection from connection pool'), {
      name: 'MongoWaitQueueTimeoutError',
    });
  }

  @Get(':contactId')
  one(@Param() _params: ContactParams) {
    return {};
  }
}

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
  components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
  info: { description: string };
}

describe('the OpenAPI document every service publishes', () => {
  let app: INestApplication;
  let document: Document;

  beforeAll(async () => {
    app = await configuredApp([ContactsController]);
    document = (await request(app.getHttpServer()).get('/docs/openapi.json')).body as Document;
  });
  afterAll(() => app.close());

  const statuses = (path: string, method: string) =>
    Object.keys(document.paths[path][method].responses).sort();

  it('keeps a nullable field nullable (not an array) and an array an array', () => {
    const view = document.components.schemas['ContactView_Output'].properties;
    expect(view['email']).toEqual({ type: 'string', nullable: true });
    expect(view['score']).toEqual({ type: 'number', nullable: true });
    expect(view['tags']).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('documents the refusals each operation can give, with the one error body', () => {
    expect(statuses('/contacts', 'get')).toEqual(['200', '400', '401', '431', '503']);
    expect(statuses('/contacts', 'post')).toEqual(['2XX', '400', '401', '409', '413', '415', '431', '503']);
    expect(statuses('/contacts/{contactId}', 'get')).toEqual(['200', '400', '401', '404', '431', '503']);
    expect(document.paths['/contacts']['post'].responses['409'].description).toBe('already registered');
    expect(document.info.description).toMatch(/405 with an `Allow` header/);
  });

  it('documents refusals as JSON on a route that produces something else, and a success it left out', () => {
    const page = document.paths['/contacts/page']['get'].responses as Record<
      string,
      { content?: Record<string, unknown> }
    >;
    expect(Object.keys(page['404'].content ?? {})).toEqual(['application/json']);
    expect(Object.keys(page['400'].content ?? {})).toEqual(['application/json']);
    expect(page['2XX']).toBeDefined();
  });

  it('shows the cursor rule and the e-mail pattern', () => {
    const list = document.paths['/contacts']['get'] as unknown as {
      parameters: { name: string; schema: { pattern?: string } }[];
    };
    expect(list.parameters.find((parameter) => parameter.name === 'cursor')?.schema.pattern).toBe(
      '^[A-Za-z0-9_-]+$',
    );
    expect(document.components.schemas['ContactBody'].properties['email']['pattern']).toContain('{1,64}@');
  });

  it('refuses an e-mail whose local part is longer than 64 characters, naming the field', async () => {
    const server = app.getHttpServer();
    await request(server)
      .post('/contacts')
      .send({ email: `${'a'.repeat(64)}@example.cn` })
      .expect(201);
    const refused = await request(server)
      .post('/contacts')
      .send({ email: `${'a'.repeat(65)}@example.cn` });
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('labels an error body JSON even on a route that answers HTML', async () => {
    const refused = await request(app.getHttpServer()).get('/contacts/page?limit=0');
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers 503 with Retry-After when the database did not answer in time', async () => {
    const answer = await request(app.getHttpServer()).get('/contacts/busy');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'the database did not answer in time; retry later',
    });
  });

  it('refuses a cursor that is not one it could have issued', async () => {
    const refused = await request(app.getHttpServer()).get('/contacts?cursor=not%20a%20cursor');
    expect(refused.status).toBe(400);
    expect(refused.body.issues[0].field).toBe('cursor');
  });
});
