import { getCertificate } from './lookups';

/**
 * Every certificate the held ones count as, following `implies` transitively: an A2 licence covers B2,
 * which covers C1, which covers C2.
 */
export function certificatesCovered(held: readonly string[]): Set<string> {
  const covered = new Set<string>();
  const pending = [...held];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (covered.has(id)) continue;
    covered.add(id);
    pending.push(...(getCertificate(id)?.implies ?? []));
  }
  return covered;
}

export function certificateSatisfies(held: readonly string[], required: string): boolean {
  return certificatesCovered(held).has(required);
}
