import { BeforeApplicationShutdown, INestApplication, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { HealthModule } from './health.module';
import { ReadinessIndicator, withTimeout } from './readiness-indicator';

let engineAnswers = true;

@Injectable()
class FlakyEngineIndicator implements ReadinessIndicator {
  constructor(private readonly indicators: HealthIndicatorService) {}
  async isReady() {
    const indicator = this.indicators.check('engine');
    return engineAnswers ? indicator.up() : indicator.down({ message: 'connection refused' });
  }
}

describe('HealthModule', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [HealthModule.forRoot([FlakyEngineIndicator])],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(() => app.close());

  it('is live regardless of engines', async () => {
    engineAnswers = false;
    await request(app.getHttpServer()).get('/health/live').expect(200);
  });

  it('is ready only when every engine answers', async () => {
    engineAnswers = true;
    const up = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(up.body.info.engine.status).toBe('up');
    engineAnswers = false;
    const down = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(down.body.error.engine).toEqual({ status: 'down', message: 'connection refused' });
  });

  it('is not ready from the first step of a shutdown, while work still drains and it still answers', async () => {
    engineAnswers = true;
    let drained!: () => void;
    const draining = new Promise<void>((resolve) => (drained = resolve));
    @Injectable()
    class SlowToStop implements BeforeApplicationShutdown {
      beforeApplicationShutdown() {
        return draining;
      }
    }
    const moduleRef = await Test.createTestingModule({
      imports: [HealthModule.forRoot([FlakyEngineIndicator])],
      providers: [SlowToStop],
    }).compile();
    const stopping = moduleRef.createNestApplication();
    await stopping.init();
    const server = stopping.getHttpServer();
    await request(server).get('/health/ready').expect(200);
    const closed = stopping.close();
    const answer = await request(server).get('/health/ready').expect(503);
    expect(answer.body.error.process).toEqual({ status: 'down', message: 'shutting down' });
    await request(server).get('/health/live').expect(200);
    drained();
    await closed;
  });

  it('turns a hung check into a failure', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20, 'engine')).rejects.toThrow(
      /did not answer within 20 ms/,
    );
  });
});
