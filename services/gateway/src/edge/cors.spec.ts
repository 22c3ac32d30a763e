import { corsDecision } from './cors';

const portal = new Set(['http://127.0.0.1:8080']);

describe('CORS', () => {
  it("answers the portal's preflight and marks its requests", () => {
    const preflight = corsDecision(portal, {
      method: 'OPTIONS',
      origin: 'http://127.0.0.1:8080',
      requestedMethod: 'POST',
    });
    expect(preflight).toMatchObject({
      kind: 'preflight',
      headers: {
        'access-control-allow-origin': 'http://127.0.0.1:8080',
        'access-control-allow-methods': expect.stringContaining('POST'),
      },
    });
    expect(corsDecision(portal, { method: 'GET', origin: 'http://127.0.0.1:8080' })).toMatchObject({
      kind: 'allowed',
    });
  });

  it('refuses the preflight of another origin and gives its requests no CORS headers', () => {
    expect(
      corsDecision(portal, { method: 'OPTIONS', origin: 'https://evil.example', requestedMethod: 'POST' })
        .kind,
    ).toBe('refused');
    expect(corsDecision(portal, { method: 'GET', origin: 'https://evil.example' }).kind).toBe('not-cors');
    expect(corsDecision(portal, { method: 'GET' }).kind).toBe('not-cors');
  });
});
