/**
 * A mainland China mobile number: 11 digits starting 13–19. Accepts the +86 / 0086 prefix and the
 * spaces or hyphens people type, and keeps only the 11 digits.
 */
export function normaliseMainlandMobile(raw: string): string | undefined {
  const compact = raw.replace(/[\s-]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : undefined;
}
