import type { IndexSettings } from './search-port';

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
  return new Map(
    [...byTerm].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others]]),
  );
}

/**
 * What a query for each term also looks for: its synonyms (both ways) and its one-way expansions.
 * Both engines apply this same map.
 */
export function alternativesByTerm(
  settings: Pick<IndexSettings, 'synonyms' | 'expansions'>,
): Map<string, string[]> {
  const byTerm = new Map(
    [...synonymsByTerm(settings.synonyms)].map(([term, others]) => [term, new Set(others)]),
  );
  for (const [key, terms] of Object.entries(settings.expansions ?? {})) {
    const term = key.trim();
    const others = byTerm.get(term) ?? new Set<string>();
    for (const other of terms.map((value) => value.trim())) if (other && other !== term) others.add(other);
    if (term && others.size > 0) byTerm.set(term, others);
  }
  return new Map([...byTerm].map(([term, others]) => [term, [...others]]));
}

const HAN_ONLY = /^\p{Script=Han}{2,}$/u;

/**
 * Candidate one-way expansions between the Chinese words of the sets: each word to the longer words
 * that start or end with it (龙虾 → 小龙虾, 保安 → 保安队长), unless both are in one set already. The
 * words are the sets' Chinese terms and what is left of a term once a term it starts or ends with is
 * taken off (小龙虾厨师 − 厨师 = 小龙虾), so that a word only ever seen inside a compound counts too.
 * Only candidates: a word segmenter such as jieba (Meilisearch's for Chinese) splits most compounds
 * anyway, and some pairs only look alike (车工, a lathe operator, in 叉车工). Which of them a given
 * segmenter keeps whole is for a real server to say (services/matching/scripts/compound-bridges.ts).
 */
export function compoundCandidates(
  sets: Record<string, readonly string[]> | undefined,
): Record<string, string[]> {
  const setsOf = new Map<string, Set<string>>();
  const note = (word: string, set?: string) => {
    const names = setsOf.get(word) ?? new Set<string>();
    if (set) names.add(set);
    setsOf.set(word, names);
  };
  for (const [name, terms] of Object.entries(sets ?? {}))
    for (const term of terms.map((raw) => raw.trim())) if (HAN_ONLY.test(term)) note(term, name);
  const terms = [...setsOf.keys()];
  for (const long of terms)
    for (const part of terms) {
      if (part.length >= long.length) continue;
      const rest = long.startsWith(part)
        ? long.slice(part.length)
        : long.endsWith(part)
          ? long.slice(0, -part.length)
          : '';
      if (HAN_ONLY.test(rest) && !setsOf.has(rest)) note(rest);
    }
  const words = [...setsOf.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const expansions: Record<string, string[]> = {};
  const setsOfWord = (word: string) => setsOf.get(word) ?? new Set<string>();
  words.forEach((short, index) => {
    const shared = setsOfWord(short);
    const longer = words
      .slice(index + 1)
      .filter(
        (long) =>
          long.length > short.length &&
          (long.startsWith(short) || long.endsWith(short)) &&
          ![...setsOfWord(long)].some((set) => shared.has(set)),
      );
    if (longer.length > 0) expansions[short] = longer;
  });
  return expansions;
}
