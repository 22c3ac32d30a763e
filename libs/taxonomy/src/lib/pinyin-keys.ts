import type * as PinyinPro from 'pinyin-pro';

/**
 * How a Chinese term can be typed in Latin letters: one token per Han character with its readings
 * (pinyin-pro's choice in the term's context first, then the character's other readings), and one token
 * per run of letters or digits kept as written ("A2驾驶证" → a2, jia, shi, zheng).
 */
export interface PinyinKey {
  tokens: readonly (readonly string[])[];
  /** The term in its first readings, syllables spaced ("cha che si ji"), as a suggestion shows it. */
  spelled: string;
}

/** How much of a term the typed letters cover: all of it, its beginning, or a stretch inside it. */
export type PinyinCoverage = 'whole' | 'beginning' | 'part';

export interface PinyinMatch {
  coverage: PinyinCoverage;
  /** True when only another reading of a polyphonic character fits (长 read zhang where the term says chang). */
  otherReading: boolean;
}

const HAN = /\p{Script=Han}/u;
const HAN_CHARACTERS = /\p{Script=Han}/gu;
const SEPARATOR = '|';
const TOKENS = /\p{Script=Han}|[a-z0-9]+/gu;
/** What a person may type for pinyin: letters, digits (licence classes) and the apostrophe of xi'an. */
const PINYIN_QUERY = /^[a-z0-9']+$/;

let library: typeof PinyinPro | undefined;

/*
 * Loaded on the first key asked for: its dictionary takes ~0.1 s to load, and every service imports this
 * library for its lookups while only the suggestion endpoint spells terms in pinyin (hence require).
 */
function pinyinPro(): typeof PinyinPro {
  library ??= require('pinyin-pro') as typeof PinyinPro;
  return library;
}

/**
 * The pinyin keys of many terms (already normalised: lower case, no spaces), undefined for a term without
 * a Han character. One call to pinyin-pro spells all the terms (a separator keeps each term's context its
 * own) and one lists the readings of each distinct character: a tenth of the cost of a call per term.
 */
export function pinyinKeysOf(normalisedTerms: readonly string[]): (PinyinKey | undefined)[] {
  const { pinyin, polyphonic } = pinyinPro();
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const hanOf = (term: string) => (term.match(HAN_CHARACTERS) ?? []).join('');
  const withHan = normalisedTerms.filter((term) => HAN.test(term));
  const joined = withHan.map(hanOf).join(SEPARATOR);
  let spelled = pinyin(joined, options);
  // One reading per character and per separator is what pinyin-pro answers; if it ever does not, spell
  // term by term rather than misalign them.
  if (spelled.length !== [...joined].length)
    spelled = withHan.flatMap((term, index) => [
      ...(index > 0 ? [SEPARATOR] : []),
      ...pinyin(hanOf(term), options),
    ]);
  const characters = [...new Set(joined.replace(/\|/g, ''))];
  const readingsOf = new Map(
    polyphonic(characters.join(''), options).map((readings, index) => [characters[index], readings]),
  );
  let cursor = 0;
  const keys = new Map<string, PinyinKey | undefined>();
  for (const term of withHan) {
    const han = [...hanOf(term)];
    const inContext = spelled.slice(cursor, cursor + han.length);
    cursor += han.length + 1;
    keys.set(term, keyOf(term, inContext, readingsOf));
  }
  return normalisedTerms.map((term) => keys.get(term));
}

function keyOf(
  term: string,
  inContext: readonly string[],
  readingsOf: ReadonlyMap<string, readonly string[]>,
): PinyinKey | undefined {
  let han = 0;
  const tokens = (term.match(TOKENS) ?? []).map((part) => {
    if (!HAN.test(part)) return [part];
    const readings = [inContext[han] ?? '', ...(readingsOf.get(part) ?? [])];
    han += 1;
    return [...new Set(readings.filter((reading) => /^[a-z]+$/.test(reading)))];
  });
  if (tokens.length === 0 || tokens.some((token) => token.length === 0)) return undefined;
  return { tokens, spelled: tokens.map((token) => token[0]).join(' ') };
}

/** The typed text as pinyin letters, or undefined when it cannot be pinyin (Han characters, punctuation). */
export function pinyinQueryOf(normalised: string): string | undefined {
  const query = normalised.replace(/'/g, '');
  return PINYIN_QUERY.test(normalised) && query.length > 0 ? query : undefined;
}

/**
 * Whether the typed letters spell the term, each character by a beginning of one of its readings:
 * initials ("ccsj"), full syllables ("chachesiji"), or a mix ("chachesj"); "part" when they start at a
 * later character ("sj" in 叉车司机), which needs two letters at least. The context reading is tried first.
 */
export function matchPinyin(key: PinyinKey, query: string): PinyinMatch | undefined {
  for (const otherReading of [false, true]) {
    if (otherReading && key.tokens.every((readings) => readings.length === 1)) break;
    // What is left of the query from a (token, position) does not depend on where the walk began.
    const memo = new Int16Array((key.tokens.length + 1) * (query.length + 1));
    const coverage = coverageOf(key, query, otherReading ? Infinity : 1, memo);
    if (coverage) return { coverage, otherReading };
  }
  return undefined;
}

function coverageOf(
  key: PinyinKey,
  query: string,
  readingCount: number,
  memo: Int16Array,
): PinyinCoverage | undefined {
  const lastStart = query.length >= 2 ? key.tokens.length - 1 : 0;
  for (let start = 0; start <= lastStart; start += 1) {
    if (!beginsWith(key.tokens[start], readingCount, query[0])) continue;
    const end = furthestEnd({ key, query, readingCount, memo }, start, 0);
    if (end === undefined) continue;
    if (start === 0) return end === key.tokens.length ? 'whole' : 'beginning';
    return 'part';
  }
  return undefined;
}

function beginsWith(readings: readonly string[], readingCount: number, letter: string): boolean {
  for (let r = 0; r < Math.min(readingCount, readings.length); r += 1)
    if (readings[r][0] === letter) return true;
  return false;
}

interface Walk {
  key: PinyinKey;
  query: string;
  readingCount: number;
  /** Per (token, position): 0 not walked yet, 1 no way through, n + 2 the furthest end n. */
  memo: Int16Array;
}

/**
 * The furthest token index after which the query can end, consuming tokens from `token` each by a
 * non-empty beginning of one of its readings; undefined if the rest of the query cannot be consumed.
 */
function furthestEnd(walk: Walk, token: number, position: number): number | undefined {
  const { key, query, readingCount, memo } = walk;
  if (position === query.length) return token;
  if (token === key.tokens.length) return undefined;
  const state = token * (query.length + 1) + position;
  if (memo[state] !== 0) return memo[state] === 1 ? undefined : memo[state] - 2;
  let furthest: number | undefined;
  const readings = key.tokens[token];
  for (let r = 0; r < Math.min(readingCount, readings.length); r += 1) {
    const reading = readings[r];
    let shared = 0;
    while (shared < reading.length && reading[shared] === query[position + shared]) shared += 1;
    // Every beginning the query shares with the reading, the full syllable first.
    for (let length = shared; length >= 1; length -= 1) {
      const end = furthestEnd(walk, token + 1, position + length);
      if (end !== undefined && (furthest === undefined || end > furthest)) furthest = end;
      if (furthest === key.tokens.length) break;
    }
  }
  memo[state] = furthest === undefined ? 1 : furthest + 2;
  return furthest;
}
