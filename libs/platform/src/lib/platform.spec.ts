import { Injectable } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { AdjustableClock, ClockModule, systemClock } from '@vetlink/clock';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MetricsModule } from '@vetlink/metrics';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
import type { AuthConfig } from '@vetlink/config';
import { platformModules } from './platform-modules';
import { EngineEnv, platformSettings, ServicePlatformOptions } from './platform-settings';

const env: EngineEnv = {
  LOG_LEVEL: 'warn',
  MONGODB_URI: 'mongodb://127.0.0.1:27017/?maxPoolSize=1',
  MONGODB_DATABASE: 'vetlink-loans',
  KAFKA_BROKERS: ['127.0.0.1:9092'],
  KAFKA_TOPIC_PARTITIONS: 6,
  KAFKA_REPLICATION_FACTOR: 3,
};
const auth: AuthConfig = {
  publicKey: '-----BEGIN PUBLIC KEY-----',
  issuer: 'vetlink-gateway',
  audience: 'vetlink',
  maxLifetimeSeconds: 900,
  clockSkewSeconds: 30,
};
const loans: ServicePlatformOptions = {
  service: 'loans',
  config: { service: env, auth },
  publishes: ['vetlink.loans.v1'],
};

@Injectable()
class SearchReadiness {
  isReady = async () => ({});
}

describe('platformSettings', () => {
  it('wires a service to its database, its topics and the `events` consumer group', () => {
    const settings = platformSettings(loans);
    expect(settings.logging).toEqual({ service: 'loans', level: 'warn' });
    expect(settings.auth).toBe(auth);
    expect(settings.clock).toBe(systemClock);
    expect(settings.persistence).toEqual({ uri: env.MONGODB_URI, database: 'vetlink-loans' });
    expect(settings.messaging).toEqual({
      clientId: 'loans',
      brokers: ['127.0.0.1:9092'],
      topics: ['vetlink.loans.v1'],
      topicSettings: { partitions: 6, replicationFactor: 3 },
      consumer: { group: 'events' },
    });
    expect(settings.queues).toBeUndefined();
    expect(settings.readiness).toEqual([KafkaReadiness, MongoReadiness]);
    expect(settings.privacy).toEqual({ service: 'loans' });
  });

  it("keeps a test's consumer group, clock and log destination, and a service's concurrency", () => {
    const clock = new AdjustableClock();
    const destination = { write: () => undefined };
    const settings = platformSettings({
      ...loans,
      consumerGroup: 'test-42',
      consumer: { partitionsConsumedConcurrently: 4, keysConsumedConcurrently: 4 },
      clock,
      logDestination: destination,
    });
    expect(settings.messaging?.consumer).toEqual({
      group: 'test-42',
      partitionsConsumedConcurrently: 4,
      keysConsumedConcurrently: 4,
    });
    expect(settings.clock).toBe(clock);
    expect(settings.logging.destination).toBe(destination);
  });

  it('checks Redis when the service has queues, then the engines it names itself', () => {
    const queues = { redisUrl: 'redis://127.0.0.1:6379', prefix: 'vetlink', role: 'api' as const };
    const settings = platformSettings({ ...loans, queues, readiness: [SearchReadiness] });
    expect(settings.queues).toBe(queues);
    expect(settings.readiness).toEqual([KafkaReadiness, MongoReadiness, RedisReadiness, SearchReadiness]);
  });

  it('gives a process without auth (a queue worker) no token guard, and the readiness of its engines', () => {
    const settings = platformSettings({
      ...loans,
      config: { service: env, auth: null },
      privacy: { handlesRequests: false },
    });
    expect(settings.auth).toBeUndefined();
    expect(settings.readiness).toEqual([KafkaReadiness, MongoReadiness]);
    expect(settings.messaging).toBeDefined();
    expect(settings.privacy).toEqual({ service: 'loans', handlesRequests: false });
  });

  it('gives an edge process (the gateway) logging and the health of its own engines only', () => {
    expect(
      platformSettings({
        service: 'gateway',
        edge: true,
        config: { service: { LOG_LEVEL: 'info' } },
        readiness: [RedisReadiness],
      }),
    ).toEqual({ logging: { service: 'gateway', level: 'info' }, readiness: [RedisReadiness] });
  });
});

describe('platformModules', () => {
  const modulesOf = (options: Parameters<typeof platformModules>[0]) =>
    platformModules(options).map(({ module }) => module);

  it('imports the platform modules in the order services always had them', () => {
    expect(modulesOf({ ...loans, queues: { redisUrl: 'redis://127.0.0.1:6379' } })).toEqual([
      LoggingModule,
      MetricsModule,
      AuthModule,
      ClockModule,
      PersistenceModule,
      MessagingModule,
      QueuesModule,
      HealthModule,
      PrivacyModule,
    ]);
  });

  it('leaves out what a process does not have', () => {
    expect(modulesOf({ ...loans, config: { service: env, auth: null } })).toEqual([
      LoggingModule,
      MetricsModule,
      ClockModule,
      PersistenceModule,
      MessagingModule,
      HealthModule,
      PrivacyModule,
    ]);
    expect(
      modulesOf({
        service: 'gateway',
        edge: true,
        config: { service: { LOG_LEVEL: 'info' } },
        readiness: [RedisReadiness],
      }),
    ).toEqual([LoggingModule, MetricsModule, HealthModule]);
  });
});
