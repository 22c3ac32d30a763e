import { randomBytes } from 'node:crypto';

/** `inv1.<invitation id>.<secret>`: the id finds the invitation by `_id`, the secret proves the holder got it. */
const SHAPE = /^inv1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export function newInvitationCode(): { id: string; secret: string; text: string } {
  const id = randomBytes(16).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, text: `inv1.${id}.${secret}` };
}

export function parseInvitationCode(text: string): { id: string; secret: string } | undefined {
  const match = SHAPE.exec(text);
  return match ? { id: match[1], secret: match[2] } : undefined;
}

export const INVITATION_LIFETIME_DAYS = 7;
