import type { Settings } from 'meilisearch';
import type { IndexSettings } from '../search-port';
import { synonymsByTerm } from '../synonym-sets';

const GEO_FIELD = '_geo';

/** Meilisearch's own defaults, spelled out so that an index never keeps rules someone changed by hand. */
export const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/**
 * Our documents mix Chinese and English; naming both stops the tokenizer from taking a short run of
 * Han characters for Japanese and segmenting it the Japanese way.
 */
const LOCALIZED_ATTRIBUTES = [{ attributePatterns: ['*'], locales: ['zho', 'eng'] }];

/** Meilisearch's default, sent when an index names none, so that an earlier setting does not linger. */
const DEFAULT_MAX_TOTAL_HITS = 1000;

export function toMeilisearchSettings(settings: IndexSettings): Settings {
  const withGeo = (attributes: string[]) => (settings.geo ? unique([...attributes, GEO_FIELD]) : unique(attributes));
  return {
    searchableAttributes: unique(settings.searchableAttributes),
    filterableAttributes: withGeo(settings.filterableAttributes),
    sortableAttributes: withGeo(settings.sortableAttributes),
    synonyms: Object.fromEntries(synonymsByTerm(settings.synonyms)),
    rankingRules: RANKING_RULES,
    localizedAttributes: LOCALIZED_ATTRIBUTES,
    pagination: { maxTotalHits: settings.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
