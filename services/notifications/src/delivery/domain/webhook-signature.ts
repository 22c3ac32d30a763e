import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature of an outgoing webhook's body. */
export const SIGNATURE_HEADER = 'x-vetlink-signature';

/**
 * `sha256=<hex HMAC-SHA256 of the exact body bytes>`, the form gateways (and GitHub's webhooks) check.
 * The body carries its own `sentAt` and `deliveryId`, so a receiver can refuse replays and duplicates.
 */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiving gateway does (used by the tests' gateway, and documented for gateway operators). */
export function verifyWebhookSignature(body: string, secret: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type WebhookOutcome = { ok: true } | { ok: false; permanent: boolean; reason: string };

/** 2xx delivered; 408, 429 and 5xx worth another try; any other answer will not change. */
export function classifyWebhookStatus(status: number): WebhookOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  const transient = status === 408 || status === 429 || status >= 500;
  return { ok: false, permanent: !transient, reason: `gateway answered ${status}` };
}
