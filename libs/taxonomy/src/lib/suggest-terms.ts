import type { TaxonomyKind } from './entries-by-kind';
import { listEntries } from './lookups';
import { matchPinyin, pinyinKeysOf, pinyinQueryOf, type PinyinKey, type PinyinMatch } from './pinyin-keys';
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
  /**
   * Names and synonyms as written: 1 for the whole term, 0.9 for its beginning, 0.7 for a part of it
   * (0.2 for one or two Latin letters inside an English word: "cc" in "accountant" is chance).
   * Pinyin (initials, syllables or both): 0.6 whole, 0.5 beginning, 0.3 part, 0.15 less when only another
   * reading of a polyphonic character fits — so a term matched as written ranks first.
   */
  score: number;
  /** The matched term spelled in pinyin ("cha che si ji"), when the text matched it as pinyin. */
  pinyin?: string;
}

const PINYIN_SCORES: Readonly<Record<PinyinMatch['coverage'], number>> = {
  whole: 0.6,
  beginning: 0.5,
  part: 0.3,
};
/** 单 read chan, 参 read shen: readings a term rarely means, so they rank below every usual reading. */
const OTHER_READING_PENALTY = 0.15;
const INSIDE_A_WORD = 0.2;
const SEPARATORS = /[\s\-\u2010-\u2015_]+/gu;
const HAN = /\p{Script=Han}/u;

interface Indexed {
  kind: SuggestibleKind;
  id: string;
  zh: string;
  en: string;
  term: string;
  normalised: string;
  /** Where a word begins in the normalised term: after a space or hyphen, and at every Han character. */
  wordStarts: ReadonlySet<number>;
  pinyin?: PinyinKey;
  /** Every letter a reading of the term begins with, to skip terms a pinyin query cannot spell. */
  pinyinLetters?: ReadonlySet<string>;
}

let index: Indexed[] | undefined;

/**
 * Builds the suggestion index now (about a second of CPU: every term spelled in pinyin), so that a
 * service can pay it while starting instead of on a person's first keystroke.
 */
export function prepareSuggestions(): number {
  return suggestionIndex().length;
}

/** Built once, on the first suggestion: each term normalised and spelled in pinyin, never per query. */
function suggestionIndex(): Indexed[] {
  if (index) return index;
  const terms = SUGGESTIBLE_KINDS.flatMap((kind) =>
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
  const keys = pinyinKeysOf(terms.map((term) => term.normalised));
  index = terms.map((term, position) => {
    const pinyin = keys[position];
    return {
      ...term,
      wordStarts: wordStartsOf(term.term),
      pinyin,
      pinyinLetters: pinyin && new Set(pinyin.tokens.flatMap((readings) => readings.map((r) => r[0]))),
    };
  });
  return index;
}

function wordStartsOf(term: string): Set<number> {
  const starts = new Set<number>();
  let position = 0;
  for (const word of term.normalize('NFKC').toLowerCase().split(SEPARATORS)) {
    [...word].forEach((character, offset) => {
      if (offset === 0 || HAN.test(character) || HAN.test(word[offset - 1])) starts.add(position + offset);
    });
    position += word.length;
  }
  return starts;
}

function textScore(item: Indexed, query: string, fewLatinLetters: boolean): number {
  if (item.normalised === query) return 1;
  if (item.normalised.startsWith(query)) return 0.9;
  let at = item.normalised.indexOf(query);
  if (at < 0) return 0;
  if (!fewLatinLetters) return 0.7;
  for (; at >= 0; at = item.normalised.indexOf(query, at + 1)) if (item.wordStarts.has(at)) return 0.7;
  return INSIDE_A_WORD;
}

function pinyinScore(item: Indexed, pinyinQuery: string | undefined): number {
  if (!pinyinQuery || !item.pinyin || !item.pinyinLetters?.has(pinyinQuery[0])) return 0;
  const match = matchPinyin(item.pinyin, pinyinQuery);
  if (!match) return 0;
  return PINYIN_SCORES[match.coverage] - (match.otherReading ? OTHER_READING_PENALTY : 0);
}

/**
 * Search-as-you-type over the taxonomy's names and synonyms in Chinese and English: whole terms first,
 * then terms the text begins, then terms containing it; one suggestion per entry (its best match),
 * shorter terms first among equals. Letters may also spell a Chinese term in pinyin — initials ("ccsj",
 * "dg"), syllables ("chache") or a mix ("chachesj") — ranked after every match of a name as written.
 */
export function suggestTerms(
  text: string,
  kinds: readonly SuggestibleKind[] = SUGGESTIBLE_KINDS,
  limit = 10,
): TermSuggestion[] {
  const query = normaliseTerm(text);
  if (query.length === 0) return [];
  const pinyinQuery = pinyinQueryOf(query);
  const fewLatinLetters = /^[a-z]{1,2}$/.test(query);
  const wanted = new Set(kinds);
  const best = new Map<string, TermSuggestion & { length: number }>();
  for (const item of suggestionIndex()) {
    if (!wanted.has(item.kind)) continue;
    const asWritten = textScore(item, query, fewLatinLetters);
    const score = Math.max(asWritten, pinyinScore(item, pinyinQuery));
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
      score: Math.round(score * 100) / 100,
      ...(score > asWritten && item.pinyin ? { pinyin: item.pinyin.spelled } : {}),
      length: item.normalised.length,
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.length - b.length || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ length: _length, ...suggestion }) => suggestion);
}
