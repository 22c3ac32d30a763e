import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_CATEGORIES, NotificationCategory } from '../../templates/domain/template';

export interface UnsubscribeClaim {
  userId: string;
  category: NotificationCategory;
}

/**
 * The token of an unsubscribe link: who and which category, signed with HMAC-SHA256 so that it works
 * without logging in and cannot be forged for someone else. It does not expire: a link in an old e-mail
 * must still work (RFC 8058), and all it can do is switch one category off.
 */
export class UnsubscribeTokens {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('the unsubscribe signing key must be at least 32 bytes');
  }

  sign(claim: UnsubscribeClaim): string {
    const body = Buffer.from(JSON.stringify({ u: claim.userId, c: claim.category }), 'utf8').toString(
      'base64url',
    );
    return `${body}.${this.mac(body)}`;
  }

  /** The claim, or undefined for anything this service did not sign. */
  verify(token: string): UnsubscribeClaim | undefined {
    const match = /^([A-Za-z0-9_-]{1,800})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return undefined;
    const [, body, mac] = match as unknown as [string, string, string];
    const expected = Buffer.from(this.mac(body), 'base64url');
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const { u, c } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        u?: unknown;
        c?: unknown;
      };
      if (typeof u !== 'string' || !u || !(NOTIFICATION_CATEGORIES as readonly unknown[]).includes(c))
        return undefined;
      return { userId: u, category: c as NotificationCategory };
    } catch {
      return undefined;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(`unsubscribe.v1.${body}`).digest('base64url');
  }
}
