import { createHash } from 'node:crypto';

/** Letters, digits and `-_:.`, as clients commonly make them (UUIDs, ULIDs, order numbers). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_:.-]{8,128}$/;

export const IDEMPOTENCY_KEY_RULE = 'must be 8 to 128 letters, digits, -, _, : or . (a UUID will do)';

/** The claim's id: one key belongs to one caller and one route, so keys never collide across them. */
export function idempotencyClaimId(caller: string, route: string, key: string): string {
  return sha256(`${caller}\u0000${route}\u0000${key}`);
}

export function bodyHashOf(body: unknown): string {
  return sha256(JSON.stringify(body ?? null));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}
