import type { Query } from 'minisearch';
import { tokenize, typoBudget } from './tokenizer';

interface SynonymPhrase {
  tokens: string[];
  alternatives: string[][];
}

/**
 * Synonym terms as token sequences, found in a query by their first token, longest first, so that
 * a phrase such as 叉车司机 (叉车 + 司机) is replaced as a whole before its words are on their own.
 */
export class SynonymMatcher {
  private readonly byFirstToken = new Map<string, SynonymPhrase[]>();

  constructor(synonymsByTerm: ReadonlyMap<string, readonly string[]>) {
    for (const [term, others] of synonymsByTerm) {
      const tokens = tokenize(term);
      if (tokens.length === 0) continue;
      const alternatives = others.map(tokenize).filter((alternative) => alternative.length > 0);
      const phrases = this.byFirstToken.get(tokens[0]) ?? [];
      const same = phrases.find((phrase) => sameTokens(phrase.tokens, tokens));
      if (same) same.alternatives.push(...alternatives);
      else phrases.push({ tokens, alternatives });
      phrases.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirstToken.set(tokens[0], phrases);
    }
  }

  /** The longest synonym phrase that starts at `position` in the query, if any. */
  phraseAt(tokens: readonly string[], position: number): SynonymPhrase | undefined {
    return this.byFirstToken
      .get(tokens[position])
      ?.find((phrase) => sameTokens(phrase.tokens, tokens.slice(position, position + phrase.tokens.length)));
  }
}

/**
 * The MiniSearch query for free text: every word must match (as with Meilisearch's
 * `matchingStrategy: 'all'`), the last word also as a prefix, longer Latin words with typos, and a
 * synonym phrase matches when the phrase or any of its alternatives does. Undefined when the text
 * holds no words.
 */
export function buildTextQuery(text: string, synonyms: SynonymMatcher): Query | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const clauses: Query[] = [];
  for (let position = 0; position < tokens.length;) {
    const phrase = synonyms.phraseAt(tokens, position);
    if (phrase) {
      clauses.push({
        combineWith: 'OR',
        queries: withoutImplied([phrase.tokens, ...phrase.alternatives]).map((words) =>
          allOf(words.map((word) => wordQuery(word, false))),
        ),
      });
      position += phrase.tokens.length;
    } else {
      clauses.push(wordQuery(tokens[position], position === tokens.length - 1));
      position += 1;
    }
  }
  return allOf(clauses);
}

/**
 * The alternatives a document can match only by matching another one too are left out: 门卫保安 needs 保安,
 * security guard needs guard. The same documents match, and each such term costs a pass over its
 * postings (with typos, over every near spelling too).
 */
function withoutImplied(alternatives: readonly string[][]): string[][] {
  const kept: string[][] = [];
  const shortestFirst = [...alternatives].sort((a, b) => a.length - b.length);
  for (const words of shortestFirst) {
    if (!kept.some((shorter) => shorter.every((word) => words.includes(word)))) kept.push(words);
  }
  return alternatives.filter((words) => kept.includes(words));
}

function wordQuery(word: string, asPrefix: boolean): Query {
  return { queries: [word], prefix: asPrefix, fuzzy: typoBudget(word) };
}

function allOf(queries: Query[]): Query {
  return queries.length === 1 ? queries[0] : { combineWith: 'AND', queries };
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, index) => token === b[index]);
}
