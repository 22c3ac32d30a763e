import { Body, Controller, INestApplication, Post } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import request from 'supertest';
import { z } from 'zod';
import { configuredApp } from './configured-app.spec-support';

class SalaryDto extends createZodDto(
  z.object({ title: z.string().min(1), salary: z.object({ min: z.number(), max: z.number() }) }),
) {}

@Controller('jobs')
class JobsController {
  @Post()
  create(@Body() body: SalaryDto) {
    return body;
  }
}

describe('service validation', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await configuredApp([JobsController]);
  });
  afterAll(() => app.close());

  it('answers 400 naming each bad field', async () => {
    const response = await request(app.getHttpServer())
      .post('/jobs')
      .send({ salary: { min: 'x', max: 1 } })
      .expect(400);
    expect(response.body.issues.map((issue: { field: string }) => issue.field).sort()).toEqual([
      'salary.min',
      'title',
    ]);
  });

  it('passes valid input through', async () => {
    const body = { title: '仓库主管', salary: { min: 6000, max: 9000 } };
    await request(app.getHttpServer()).post('/jobs').send(body).expect(201, body);
  });

  it('echoes the correlation id', async () => {
    const response = await request(app.getHttpServer())
      .post('/jobs')
      .set('x-correlation-id', 'abc-12345678')
      .send({});
    expect(response.headers['x-correlation-id']).toBe('abc-12345678');
  });
});
