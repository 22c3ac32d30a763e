import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureService } from '@vetlink/http';
import { createTestTokenIssuer, testEngines, uniqueName } from '@vetlink/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module';

describe('job-postings wiring against the real engines', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const issuer = createTestTokenIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppModule.register({
          service: {
            NODE_ENV: 'test',
            HOST: '127.0.0.1',
            PORT: 0,
            LOG_LEVEL: 'warn',
            KAFKA_BROKERS: testEngines.kafkaBrokers,
            KAFKA_TOPIC_PARTITIONS: 3,
            KAFKA_REPLICATION_FACTOR: 1,
            MONGODB_URI: testEngines.mongoUri,
            REDIS_URL: testEngines.redisUrl,
            MONGODB_DATABASE: uniqueName('it-job-postings'),
          },
          auth: issuer.authConfig,
        }),
      ],
    }).compile();
    app = configureService(moduleRef.createNestApplication({ bufferLogs: true }), { title: 't', description: 't' });
    await app.init();
  });

  afterAll(() => app.close());

  it('reports ready once Kafka, MongoDB and Redis all answer', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.info).toMatchObject({
      kafka: { status: 'up' },
      mongodb: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it('is live and publishes its OpenAPI document', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const openapi = await request(app.getHttpServer()).get('/docs/openapi.json').expect(200);
    expect(openapi.body.paths).toHaveProperty(['/health/ready']);
  });
});
