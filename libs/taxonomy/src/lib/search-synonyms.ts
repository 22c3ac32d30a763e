import { listEntries } from './lookups';
import { termsOf } from './terms';

/**
 * Equivalence sets for the search engine's synonym settings, one per skill and occupation, keyed
 * `skill:<id>` / `occupation:<id>` so a set can be traced back to the entry it came from.
 */
export function searchSynonyms(): Record<string, string[]> {
  return Object.fromEntries([
    ...listEntries('skill').map((skill) => [`skill:${skill.id}`, [...new Set(termsOf(skill))]]),
    ...listEntries('occupation').map((occupation) => [
      `occupation:${occupation.id}`,
      [...new Set(termsOf(occupation))],
    ]),
  ]);
}
