import { consumerMaxWaitFromEnv, kafkaClientConfig, kafkaSecurityFromEnv } from './kafka-client';

describe('the kafkajs client configuration', () => {
  it('connects in plain text locally', () => {
    const config = kafkaClientConfig({
      clientId: 'spec',
      brokers: ['127.0.0.1:9092'],
      security: { groupPrefix: '' },
    });
    expect(config.ssl).toBeUndefined();
    expect(config.sasl).toBeUndefined();
  });

  it('passes TLS and SASL from the environment to kafkajs', () => {
    const security = kafkaSecurityFromEnv({
      KAFKA_TLS: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'matching',
      KAFKA_SASL_PASSWORD: 'pw',
    });
    const config = kafkaClientConfig({ clientId: 'spec', brokers: ['broker-1:9093'], security });
    expect(config.ssl).toBe(true);
    expect(config.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'matching', password: 'pw' });
  });

  it('stops with the variable named when the environment is half-configured', () => {
    expect(() => kafkaSecurityFromEnv({ KAFKA_SASL_MECHANISM: 'plain' })).toThrow(/KAFKA_SASL_PASSWORD/);
  });

  it("leaves the consumers' fetch wait to kafkajs unless KAFKA_CONSUMER_MAX_WAIT_MS sets it", () => {
    expect(consumerMaxWaitFromEnv({})).toBeUndefined();
    expect(consumerMaxWaitFromEnv({ KAFKA_CONSUMER_MAX_WAIT_MS: ' 250 ' })).toBe(250);
    for (const bad of ['0', '2.5', 'soon', '60000'])
      expect(() => consumerMaxWaitFromEnv({ KAFKA_CONSUMER_MAX_WAIT_MS: bad })).toThrow(
        /KAFKA_CONSUMER_MAX_WAIT_MS/,
      );
  });
});
