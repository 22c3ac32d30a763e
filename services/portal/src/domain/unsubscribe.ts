import type { Schemas } from '../api/client';

/** What an unsubscribe link can switch off: one category of messages (notifications' categories). */
export type MessageCategory = Schemas['notifications.InboxItemDto_Output']['category'];

const CATEGORIES: readonly MessageCategory[] = [
  'job-push',
  'weekly-digest',
  'mentoring',
  'incubation',
  'loans',
  'training',
];

/**
 * The category an unsubscribe link's token names, to say on the page what will stop before the person
 * confirms. Notifications signs `<base64url JSON {u, c}>.<mac>`; only it can check the signature, so this
 * reads the claim for display and the confirmation's answer is what counts. Undefined when the token
 * cannot be one of its links (cut short in a mail client, typed by hand).
 */
export function categoryOfUnsubscribeToken(token: unknown): MessageCategory | undefined {
  if (typeof token !== 'string') return undefined;
  const match = /^([A-Za-z0-9_-]{1,800})\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match) return undefined;
  try {
    const claim = JSON.parse(decodeBase64Url(match[1] as string)) as { u?: unknown; c?: unknown };
    if (typeof claim.u !== 'string' || !claim.u) return undefined;
    return CATEGORIES.find((category) => category === claim.c);
  } catch {
    return undefined;
  }
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (char) =>
    char.charCodeAt(0),
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
