import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaConnectionConfigSchema } from './kafka-connection';
import { ConfigError, loadConfig } from './load-config';

const load = (env: Record<string, string>) => loadConfig(kafkaConnectionConfigSchema, env);

describe('Kafka connection security from the environment', () => {
  it('asks for nothing locally', () => {
    expect(load({})).toEqual({ groupPrefix: '' });
  });

  it('turns on TLS with the system CAs', () => {
    expect(load({ KAFKA_TLS: 'true' })).toEqual({ groupPrefix: '', ssl: true });
  });

  it('reads a private CA from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-ca-'));
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    writeFileSync(join(dir, 'ca.pem'), pem);
    expect(load({ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: join(dir, 'ca.pem') }).ssl).toEqual({
      ca: [pem],
      rejectUnauthorized: true,
    });
  });

  it('refuses a CA file it cannot read', () => {
    expect(() => load({ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: '/nowhere/ca.pem' })).toThrow(
      /KAFKA_TLS_CA_FILE/,
    );
  });

  it('takes SASL/SCRAM credentials', () => {
    const security = load({
      KAFKA_TLS: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'job-postings',
      KAFKA_SASL_PASSWORD: 's3cret',
    });
    expect(security.sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'job-postings',
      password: 's3cret',
    });
  });

  it('refuses half-given credentials, naming the variable and never the secret', () => {
    let error: unknown;
    try {
      load({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/KAFKA_SASL_PASSWORD/);
    expect(() => load({ KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'hunter2' })).toThrow(
      /KAFKA_SASL_MECHANISM/,
    );
    expect(() => load({ KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('refuses an unknown mechanism', () => {
    expect(() => load({ KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(/KAFKA_SASL_MECHANISM/);
  });

  it('takes a consumer group prefix', () => {
    expect(load({ KAFKA_CONSUMER_GROUP_PREFIX: 'fuzz-1.' }).groupPrefix).toBe('fuzz-1.');
  });
});
