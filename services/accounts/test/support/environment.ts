import { TestServiceKit } from '@vetlink/testing/service';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export interface TestKeys {
  pii: string;
  signing: string;
  public: string;
}

/** A personal-data key and a signing key pair of the test's own. */
export function newKeys(): TestKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    pii: randomBytes(32).toString('base64'),
    signing: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    public: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The service's environment: an in-process service and a replica in its own process read the same. */
export function environment(
  kit: TestServiceKit,
  keys: TestKeys,
  limits: { requestsPerLogin: number },
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '39120', // read but not listened on: the harness and serveInstance choose free ports
    KAFKA_BROKERS: kit.service.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PARTITIONS: String(kit.service.KAFKA_TOPIC_PARTITIONS),
    KAFKA_REPLICATION_FACTOR: String(kit.service.KAFKA_REPLICATION_FACTOR),
    MONGODB_URI: kit.service.MONGODB_URI,
    MONGODB_DATABASE: kit.service.MONGODB_DATABASE,
    REDIS_URL: kit.service.REDIS_URL,
    REDIS_KEY_PREFIX: kit.redisPrefix
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 40),
    AUTH_JWT_PUBLIC_KEY: keys.public,
    AUTH_JWT_SIGNING_KEY: keys.signing,
    AUTH_JWT_ISSUER: kit.auth.issuer,
    AUTH_JWT_AUDIENCE: kit.auth.audience,
    PII_ENCRYPTION_KEY: keys.pii,
    SIGN_IN_FAILURES_BEFORE_LOCK: '3',
    PASSWORD_RESET_REQUESTS_PER_LOGIN: String(limits.requestsPerLogin),
    PASSWORD_RESET_ATTEMPTS_PER_ADDRESS: '1000',
  };
}
