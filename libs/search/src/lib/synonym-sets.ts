/**
 * Turns named synonym sets into "term → every other term it shares a set with", the shape both
 * engines apply at query time. A term in several sets gets the union; nothing is chained further.
 */
export function synonymsByTerm(sets: Record<string, readonly string[]> | undefined): Map<string, string[]> {
  const byTerm = new Map<string, Set<string>>();
  for (const terms of Object.values(sets ?? {})) {
    const distinct = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))];
    for (const term of distinct) {
      const others = byTerm.get(term) ?? new Set<string>();
      for (const other of distinct) if (other !== term) others.add(other);
      byTerm.set(term, others);
    }
  }
  return new Map([...byTerm].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others]]));
}
