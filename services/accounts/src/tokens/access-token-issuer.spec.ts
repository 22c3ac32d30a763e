import { AccessTokenVerifier } from '@vetlink/auth';
import { createPublicKey } from 'node:crypto';
import { AccessTokenIssuer } from './access-token-issuer';
import { SigningKey } from './signing-key';

const key = SigningKey.ephemeral();
const publicKey = createPublicKey({ key: { ...key.jwk }, format: 'jwk' })
  .export({ type: 'spki', format: 'pem' })
  .toString();
const settings = { issuer: 'vetlink-gateway', audience: 'vetlink', lifetimeSeconds: 600 };
const authConfig = {
  publicKey,
  issuer: 'vetlink-gateway',
  audience: 'vetlink',
  maxLifetimeSeconds: 900,
  clockSkewSeconds: 30,
};

describe('access tokens', () => {
  it('are ES256 tokens that the services verify with the public key from the JWKS', async () => {
    const issued = new AccessTokenIssuer(key, settings).issue(
      { userId: 'emp-1', role: 'employer', organisationId: 'org-1' },
      Math.floor(Date.now() / 1000),
    );
    expect(issued.expiresIn).toBe(600);
    const header = JSON.parse(Buffer.from(issued.accessToken.split('.')[0], 'base64url').toString());
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT', kid: key.jwk.kid });
    const principal = await new AccessTokenVerifier(authConfig).verify(issued.accessToken);
    expect(principal).toEqual({
      userId: 'emp-1',
      role: 'employer',
      organisationId: 'org-1',
      tokenId: expect.any(String),
    });
  });

  it('carry a kid that is the RFC 7638 thumbprint of the published key', () => {
    expect(key.jwk.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.matchesPublicKey(publicKey)).toBe(true);
    expect(key.matchesPublicKey(SigningKey.ephemeral().privateKeyPem)).toBe(false);
  });
});
