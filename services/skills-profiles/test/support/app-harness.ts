import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { configureService } from '@vetlink/http';
import type { LoggerSettings } from '@vetlink/logging';
import { createKeyring } from '@vetlink/persistence';
import { createTestTokenIssuer, TestTokenIssuer, testEngines, uniqueName } from '@vetlink/testing';
import type { Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { SkillsProfilesConfig } from '../../src/config';

export type Role = 'veteran' | 'employer' | 'mentor' | 'officer';

export interface AppHarness {
  app: INestApplication;
  connection: Connection;
  issuer: TestTokenIssuer;
  http: () => ReturnType<typeof request>;
  /** An Authorization header value for this caller. */
  bearer: (userId: string, role: Role) => string;
  /** The profile as it rests in MongoDB, untouched by the service's mapping. */
  rawProfile: (veteranId: string) => Promise<Record<string, unknown> | null>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  logDestination?: LoggerSettings['destination'];
  logLevel?: SkillsProfilesConfig['service']['LOG_LEVEL'];
}

/** Boots the service in-process against the real Kafka and FerretDB, in a database of its own. */
export async function startApp(options: HarnessOptions = {}): Promise<AppHarness> {
  const issuer = createTestTokenIssuer();
  const config: SkillsProfilesConfig = {
    service: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: 0,
      LOG_LEVEL: options.logLevel ?? 'warn',
      KAFKA_BROKERS: testEngines.kafkaBrokers,
      KAFKA_TOPIC_PARTITIONS: 3,
      KAFKA_REPLICATION_FACTOR: 1,
      MONGODB_URI: testEngines.mongoUri,
      REDIS_URL: testEngines.redisUrl,
      MONGODB_DATABASE: uniqueName('it-skills-profiles'),
    },
    auth: issuer.authConfig,
    personalData: {
      keyring: createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) }),
    },
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config, { logDestination: options.logDestination })],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  try {
    configureService(app, { title: 't', description: 't' });
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  const connection = app.get<Connection>(getConnectionToken());
  return {
    app,
    connection,
    issuer,
    http: () => request(app.getHttpServer()),
    bearer: (userId, role) => `Bearer ${issuer.mint({ userId, role })}`,
    rawProfile: (veteranId) => connection.collection<{ _id: string }>('profiles').findOne({ _id: veteranId }),
    close: async () => {
      await connection.dropDatabase();
      await app.close();
    },
  };
}
