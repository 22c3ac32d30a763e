import express from 'express';
import request from 'supertest';
import { readDeadline } from './read-deadline';

describe('readDeadline', () => {
  const app = express();
  app.use(readDeadline(50));
  const slow = (_request: express.Request, response: express.Response) =>
    setTimeout(() => response.json({ late: true }), 150);
  app.get('/slow', slow);
  app.post('/slow', slow);
  app.get('/fast', (_request, response) => response.json({ fast: true }));
  app.get('/personal-data/me', slow);

  it('answers a read that takes too long 503 with Retry-After, and drops the late answer', async () => {
    const answer = await request(app).get('/slow');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    await new Promise((done) => setTimeout(done, 200));
  });

  it('leaves a fast read, any write and the personal-data export alone', async () => {
    expect((await request(app).get('/fast')).body).toEqual({ fast: true });
    expect((await request(app).post('/slow')).body).toEqual({ late: true });
    expect((await request(app).get('/personal-data/me')).body).toEqual({ late: true });
  });
});
