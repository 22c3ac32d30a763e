import { createTestTokenIssuer } from '@vetlink/testing';
import { AccessTokenVerifier } from './access-token.verifier';

describe('AccessTokenVerifier, a token used again and again', () => {
  const issuer = createTestTokenIssuer();

  it('is refused once it expires, although its signature was checked before', async () => {
    const token = issuer.mint({ userId: 'v', role: 'veteran' }, { expiresIn: 60 });
    let now = Math.floor(Date.now() / 1000);
    const verifier = new AccessTokenVerifier(issuer.authConfig, () => now);
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'v' });
    now += 60 + issuer.authConfig.clockSkewSeconds;
    await expect(verifier.verify(token)).resolves.toBeUndefined();
  });

  it('is refused every time when tampered with, after the genuine one was accepted', async () => {
    const verifier = new AccessTokenVerifier(issuer.authConfig);
    const token = issuer.mint({ userId: 'v', role: 'veteran' });
    await expect(verifier.verify(token)).resolves.toBeDefined();
    const [header, , signature] = token.split('.');
    const claims = {
      ...JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()),
      sub: 'w',
    };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifier.verify(forged)).resolves.toBeUndefined();
    await expect(verifier.verify(forged)).resolves.toBeUndefined();
  });
});
