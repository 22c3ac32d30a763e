import { z } from 'zod';
import { authConfigSchema, engineConfigSchema, httpConfigSchema, processRoleSchema } from './engine-config';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  const schema = httpConfigSchema.merge(engineConfigSchema);

  it('gives local defaults when nothing is set', () => {
    const config = loadConfig(schema, {});
    expect(config.PORT).toBe(3000);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.MONGODB_URI).toBe('mongodb://127.0.0.1:27017/?maxPoolSize=1');
  });

  it('names every malformed variable at once', () => {
    const attempt = () =>
      loadConfig(schema, { PORT: 'eighty', KAFKA_BROKERS: 'nohost', REDIS_URL: 'http://x' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^KAFKA_BROKERS/m);
      expect(problems).toMatch(/^REDIS_URL:/m);
    }
  });

  it('never echoes a value, which may be a secret', () => {
    const secretSchema = z.object({ API_SECRET: z.string().min(40) });
    expect(() => loadConfig(secretSchema, { API_SECRET: 'hunter2' })).toThrow(/^(?![\s\S]*hunter2)/);
  });

  it('requires a PEM public key for token verification', () => {
    expect(() => loadConfig(authConfigSchema, {})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
    const pem = '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----\n';
    expect(loadConfig(authConfigSchema, { AUTH_JWT_PUBLIC_KEY: pem }).publicKey).toBe(pem);
  });

  it('reads the process role, all by default, and refuses an unknown one', () => {
    const schema = z.object({ PROCESS_ROLE: processRoleSchema });
    expect(loadConfig(schema, {}).PROCESS_ROLE).toBe('all');
    expect(loadConfig(schema, { PROCESS_ROLE: 'worker' }).PROCESS_ROLE).toBe('worker');
    expect(() => loadConfig(schema, { PROCESS_ROLE: 'both' })).toThrow(/- PROCESS_ROLE:/);
  });
});
