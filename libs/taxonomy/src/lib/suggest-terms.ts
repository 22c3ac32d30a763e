import type { TaxonomyKind } from './entries-by-kind';
import { listEntries } from './lookups';
import { normaliseTerm, termsOf } from './terms';

/** The kinds a picker can offer (districts come with their city). */
export const SUGGESTIBLE_KINDS = [
  'specialty',
  'role',
  'skill',
  'occupation',
  'certificate',
  'training',
  'city',
] as const satisfies readonly TaxonomyKind[];
export type SuggestibleKind = (typeof SUGGESTIBLE_KINDS)[number];

export interface TermSuggestion {
  kind: SuggestibleKind;
  id: string;
  zh: string;
  en: string;
  /** The name or synonym that the typed text matched. */
  matched: string;
  /** 1 for the whole term, 0.9 for its beginning, 0.7 for a part of it. */
  score: number;
}

interface Indexed {
  kind: SuggestibleKind;
  id: string;
  zh: string;
  en: string;
  term: string;
  normalised: string;
}

let index: Indexed[] | undefined;

function suggestionIndex(): Indexed[] {
  index ??= SUGGESTIBLE_KINDS.flatMap((kind) =>
    listEntries(kind).flatMap((entry) =>
      [...new Set(termsOf(entry))].map((term) => ({
        kind,
        id: entry.id,
        zh: entry.zh,
        en: entry.en,
        term,
        normalised: normaliseTerm(term),
      })),
    ),
  );
  return index;
}

/**
 * Search-as-you-type over the taxonomy's names and synonyms in Chinese and English: whole terms first,
 * then terms the text begins, then terms containing it; one suggestion per entry (its best match),
 * shorter terms first among equals. Pinyin initials are not understood yet.
 */
export function suggestTerms(
  text: string,
  kinds: readonly SuggestibleKind[] = SUGGESTIBLE_KINDS,
  limit = 10,
): TermSuggestion[] {
  const query = normaliseTerm(text);
  if (query.length === 0) return [];
  const wanted = new Set(kinds);
  const best = new Map<string, TermSuggestion & { length: number }>();
  for (const item of suggestionIndex()) {
    if (!wanted.has(item.kind)) continue;
    const score =
      item.normalised === query
        ? 1
        : item.normalised.startsWith(query)
          ? 0.9
          : item.normalised.includes(query)
            ? 0.7
            : 0;
    if (score === 0) continue;
    const key = `${item.kind}:${item.id}`;
    const known = best.get(key);
    if (known && (known.score > score || (known.score === score && known.length <= item.normalised.length))) {
      continue;
    }
    best.set(key, {
      kind: item.kind,
      id: item.id,
      zh: item.zh,
      en: item.en,
      matched: item.term,
      score,
      length: item.normalised.length,
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.length - b.length || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ length: _length, ...suggestion }) => suggestion);
}
