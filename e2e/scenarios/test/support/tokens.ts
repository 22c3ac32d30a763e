import { createHmac, createSign } from 'node:crypto';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function claims(sub: string, role: string, lifetime: { iat: number; exp: number }) {
  return { sub, role, iss: 'vetlink-gateway', aud: 'vetlink', jti: `e2e-${Math.random()}`, ...lifetime };
}

/** The attacks on tokens every service must refuse with 401. */
export function hostileTokens(privateKeyPem: string, publicKeyPem: string, validToken: string) {
  const now = Math.floor(Date.now() / 1000);
  const es256 = (payload: unknown) => {
    const input = `${b64({ alg: 'ES256', typ: 'JWT' })}.${b64(payload)}`;
    const signature = createSign('SHA256')
      .update(input)
      .sign({ key: privateKeyPem, dsaEncoding: 'ieee-p1363' });
    return `${input}.${signature.toString('base64url')}`;
  };
  const [header, payload, signature] = validToken.split('.');
  const claimsOfValid = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const hsInput = `${b64({ alg: 'HS256', typ: 'JWT' })}.${payload}`;
  return {
    expired: es256(claims('vet-x', 'veteran', { iat: now - 3600, exp: now - 1800 })),
    tampered: `${header}.${b64({ ...claimsOfValid, role: 'officer' })}.${signature}`,
    'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
    'HS256 with the public key': `${hsInput}.${createHmac('sha256', publicKeyPem).update(hsInput).digest('base64url')}`,
    'no expiry': es256({ ...claims('vet-x', 'veteran', { iat: now, exp: 0 }), exp: undefined }),
    'too long-lived': es256(claims('vet-x', 'veteran', { iat: now, exp: now + 7 * 86_400 })),
  };
}
