export interface NamedEntry {
  id: string;
  zh: string;
  en: string;
  synonyms: { zh: string[]; en: string[] };
}

/**
 * Veterans and employers type names with full-width IME characters, stray spaces and inconsistent
 * hyphenation ("fork-lift", "ＣＡＡＣ", "叉车 司机"); all of those must reach the same entry.
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015_]+/gu, '');
}

export function termsOf(entry: NamedEntry): string[] {
  return [entry.zh, entry.en, ...entry.synonyms.zh, ...entry.synonyms.en];
}
