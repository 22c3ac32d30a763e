import { loadGatewayConfig, upstreamsOf } from './config';

const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';

describe('gateway configuration', () => {
  it('stops at start-up without the token key, and names a bad upstream override', () => {
    expect(() => loadGatewayConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
    expect(() =>
      loadGatewayConfig({ AUTH_JWT_PUBLIC_KEY: pem, GATEWAY_UPSTREAMS: 'nosuch=http://x:1' }),
    ).toThrow(/GATEWAY_UPSTREAMS/);
  });

  it('reaches each service on 127.0.0.1 at its local port unless told otherwise', () => {
    const config = loadGatewayConfig({
      AUTH_JWT_PUBLIC_KEY: pem,
      GATEWAY_UPSTREAMS: 'matching=http://10.0.0.5:80',
    });
    const upstreams = new Map(upstreamsOf(config).map((upstream) => [upstream.name, upstream.baseUrl]));
    expect(upstreams.get('matching')).toBe('http://10.0.0.5:80');
    expect(upstreams.get('job-postings')).toBe('http://127.0.0.1:3101');
    expect(config.service.GATEWAY_CORS_ORIGINS).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080']);
  });
});
