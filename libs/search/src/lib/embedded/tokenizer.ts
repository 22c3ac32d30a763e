/**
 * Chinese has no spaces between words, so words come from ICU's dictionary-based segmentation
 * (Node ships full ICU); English words come out of the same segmenter. NFKC folds the full-width
 * letters and digits that Chinese input methods produce (Ｃ１ → C1) before everything is lower-cased.
 * Documents and queries go through this one function, so both sides always split the same way.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const part of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (part.isWordLike) tokens.push(part.segment);
  }
  return tokens;
}

const LATIN_WORD = /^[a-z]+$/;

/** Typos forgiven in a query word: as Meilisearch's defaults, for words of Latin letters only. */
export function typoBudget(token: string): number {
  if (!LATIN_WORD.test(token)) return 0;
  if (token.length >= 9) return 2;
  return token.length >= 5 ? 1 : 0;
}
