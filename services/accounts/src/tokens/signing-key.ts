import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';

/** The public half as a JWK (RFC 7517), with its RFC 7638 thumbprint as `kid`. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

export class SigningKeyError extends Error {}

/**
 * The key that signs access tokens: an EC P-256 private key (ES256). The services verify with the
 * public half (AUTH_JWT_PUBLIC_KEY); `matchesPublicKey` lets start-up refuse a pair that does not
 * belong together, which would otherwise show up as every token being refused.
 */
export class SigningKey {
  readonly privateKeyPem: string;
  readonly jwk: PublicJwk;

  private constructor(privateKey: KeyObject) {
    const details = privateKey.asymmetricKeyDetails;
    if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1')
      throw new SigningKeyError('the signing key must be an EC P-256 private key (ES256)');
    this.privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    this.jwk = toJwk(createPublicKey(privateKey));
  }

  static fromPem(pem: string): SigningKey {
    let key: KeyObject;
    try {
      key = createPrivateKey(pem);
    } catch {
      throw new SigningKeyError('the signing key is not a readable PEM private key');
    }
    return new SigningKey(key);
  }

  /** A key for this process only: tokens it signs are trusted by no one who was not given its JWKS. */
  static ephemeral(): SigningKey {
    return new SigningKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  }

  matchesPublicKey(publicKeyPem: string): boolean {
    try {
      return toJwk(createPublicKey(publicKeyPem)).kid === this.jwk.kid;
    } catch {
      return false;
    }
  }
}

function toJwk(publicKey: KeyObject): PublicJwk {
  const { x, y } = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
  // RFC 7638: the required members in lexicographic order, no white space.
  const thumbprint = createHash('sha256')
    .update(JSON.stringify({ crv: 'P-256', kty: 'EC', x, y }))
    .digest('base64url');
  return { kty: 'EC', crv: 'P-256', x, y, kid: thumbprint, alg: 'ES256', use: 'sig' };
}
