import type { Settings } from 'meilisearch';
import { DEFAULT_MAX_TOTAL_HITS, DEFAULT_MAX_VALUES_PER_FACET, type IndexSettings } from '../search-port';
import { alternativesByTerm } from '../synonym-sets';

const GEO_FIELD = '_geo';

/**
 * Meilisearch's default ranking rules since 1.36, chosen on purpose and spelled out so that an index
 * never keeps rules someone changed by hand. Before 1.36 `attribute` came before `sort` as one rule;
 * now it is two: `attributeRank` (in which searchable attribute the words are: a title match outranks a
 * description match) stays before `sort`, while `wordPosition` (where in that attribute) comes after it.
 * So a sort someone asked for (newest, best paid) orders the jobs whose titles match alike, instead of
 * the word's position in each title deciding; it is also the order the embedded engine ranks in
 * (matched attribute, then sort, then relevance), so both engines agree.
 */
export const RANKING_RULES = [
  'words',
  'typo',
  'proximity',
  'attributeRank',
  'sort',
  'wordPosition',
  'exactness',
];

/**
 * Our documents mix Chinese and English; naming both stops the tokenizer from taking a short run of
 * Han characters for Japanese and segmenting it the Japanese way.
 */
const LOCALIZED_ATTRIBUTES = [{ attributePatterns: ['*'], locales: ['zho', 'eng'] }];

/**
 * Every setting this adapter decides, in full, so that applying them again is idempotent and an earlier
 * value never lingers: the fields not named here stay Meilisearch's defaults.
 */
export function toMeilisearchSettings(settings: IndexSettings): Settings {
  const withGeo = (attributes: string[]) =>
    settings.geo ? unique([...attributes, GEO_FIELD]) : unique(attributes);
  return {
    searchableAttributes: unique(settings.searchableAttributes),
    filterableAttributes: withGeo(settings.filterableAttributes),
    sortableAttributes: withGeo(settings.sortableAttributes),
    synonyms: Object.fromEntries(alternativesByTerm(settings)),
    rankingRules: RANKING_RULES,
    localizedAttributes: LOCALIZED_ATTRIBUTES,
    pagination: { maxTotalHits: settings.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS },
    // Beyond the cap, the most frequent values are the ones worth keeping.
    faceting: {
      maxValuesPerFacet: settings.maxValuesPerFacet ?? DEFAULT_MAX_VALUES_PER_FACET,
      sortFacetValuesBy: { '*': 'count' },
    },
    // Nobody searches within facet values; not building that structure makes indexing cheaper.
    facetSearch: false,
  };
}

/**
 * Whether an index's current settings (as GET /settings returns them) already are the wanted ones.
 * Lists whose order means nothing (filterable, sortable, synonyms) are compared as sets.
 */
export function settingsMatch(current: Settings, wanted: Settings): boolean {
  return JSON.stringify(normalized(current)) === JSON.stringify(normalized(wanted));
}

function normalized(settings: Settings) {
  const sorted = (values: readonly unknown[] | null | undefined) => [...(values ?? [])].map(String).sort();
  const synonyms = Object.entries(settings.synonyms ?? {})
    .map(([term, others]) => [term, sorted(others)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    searchableAttributes: settings.searchableAttributes ?? ['*'],
    filterableAttributes: sorted(settings.filterableAttributes as unknown[]),
    sortableAttributes: sorted(settings.sortableAttributes),
    synonyms,
    rankingRules: settings.rankingRules,
    localizedAttributes: settings.localizedAttributes ?? null,
    maxTotalHits: settings.pagination?.maxTotalHits,
    faceting: settings.faceting && {
      maxValuesPerFacet: settings.faceting.maxValuesPerFacet,
      sortFacetValuesBy: settings.faceting.sortFacetValuesBy,
    },
    facetSearch: settings.facetSearch,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
