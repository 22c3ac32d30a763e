/**
 * The link an invitation carries. The code is a secret (whoever holds it sets the password), so it
 * rides in the fragment: browsers never send a fragment to a server, so it stays out of the portal's
 * and any proxy's request logs.
 */
const CODE = /^inv1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

export function invitationLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}/invite#${code}`;
}

/** The code of an opened link's fragment (`#inv1…`), or undefined when it does not hold one. */
export function invitationCodeOf(hash: string): string | undefined {
  const code = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return CODE.test(code) ? code : undefined;
}
