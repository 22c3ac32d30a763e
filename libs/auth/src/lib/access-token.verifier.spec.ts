import { createTestTokenIssuer } from '@vetlink/testing';
import { AccessTokenVerifier } from './access-token.verifier';

describe('AccessTokenVerifier', () => {
  const issuer = createTestTokenIssuer();
  const verifier = new AccessTokenVerifier(issuer.authConfig);

  it('accepts a token signed by the trusted key and yields the caller', async () => {
    const token = issuer.mint({ userId: 'emp-1', role: 'employer', organisationId: 'org-9' });
    await expect(verifier.verify(token)).resolves.toEqual({
      userId: 'emp-1',
      role: 'employer',
      organisationId: 'org-9',
      tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("yields bank staff scoped to their bank by the token's org claim", async () => {
    const token = issuer.mint({ userId: 'teller-1', role: 'bank-staff', organisationId: 'bank-xz' });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      role: 'bank-staff',
      organisationId: 'bank-xz',
    });
  });

  it("yields incubation-base staff scoped to their base by the token's org claim", async () => {
    const token = issuer.mint({ userId: 'staff-1', role: 'base-staff', organisationId: 'base-nj-1' });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      role: 'base-staff',
      organisationId: 'base-nj-1',
    });
  });

  it("yields training-provider staff scoped to their provider by the token's org claim", async () => {
    const token = issuer.mint({
      userId: 'prov-1',
      role: 'training-provider',
      organisationId: 'provider-nj-1',
    });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      role: 'training-provider',
      organisationId: 'provider-nj-1',
    });
  });

  it('rejects a token signed by another key', async () => {
    const forged = createTestTokenIssuer().mint({ userId: 'emp-1', role: 'officer' });
    await expect(verifier.verify(forged)).resolves.toBeUndefined();
  });

  it('rejects expired tokens and tokens for another audience or issuer', async () => {
    await expect(
      verifier.verify(issuer.mint({ userId: 'v', role: 'veteran' }, { expiresIn: -60 })),
    ).resolves.toBeUndefined();
    await expect(
      verifier.verify(issuer.mint({ userId: 'v', role: 'veteran' }, { audience: 'other' })),
    ).resolves.toBeUndefined();
    await expect(
      verifier.verify(issuer.mint({ userId: 'v', role: 'veteran' }, { issuer: 'evil' })),
    ).resolves.toBeUndefined();
  });

  it('rejects a token without an expiry, and one living longer than the maximum lifetime', async () => {
    await expect(
      verifier.verify(issuer.mint({ userId: 'v', role: 'veteran' }, { expiresIn: null })),
    ).resolves.toBeUndefined();
    await expect(
      verifier.verify(issuer.mint({ userId: 'v', role: 'veteran' }, { expiresIn: 86_400 })),
    ).resolves.toBeUndefined();
  });

  it('reads exp with the clock skew allowed', async () => {
    const token = issuer.mint({ userId: 'v', role: 'veteran' }, { expiresIn: 60 });
    const now = Math.floor(Date.now() / 1000);
    await expect(
      new AccessTokenVerifier(issuer.authConfig, () => now + 60 + 20).verify(token),
    ).resolves.toBeDefined();
    await expect(
      new AccessTokenVerifier(issuer.authConfig, () => now + 60 + 40).verify(token),
    ).resolves.toBeUndefined();
  });

  it('rejects a symmetric (HS256) token even if it names the public key as secret', async () => {
    const { JwtService } = await import('@nestjs/jwt');
    const hs = new JwtService().sign(
      { role: 'officer' },
      {
        secret: issuer.authConfig.publicKey,
        algorithm: 'HS256',
        subject: 'x',
        issuer: 'vetlink-gateway',
        audience: 'vetlink',
      },
    );
    await expect(verifier.verify(hs)).resolves.toBeUndefined();
  });

  it('rejects a token with an unknown role', async () => {
    const token = issuer.mint({ userId: 'x', role: 'admin' as never });
    await expect(verifier.verify(token)).resolves.toBeUndefined();
  });
});
