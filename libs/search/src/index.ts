export type {
  GeoPoint,
  IndexSettings,
  Scalar,
  FilterExpression,
  SortClause,
  SearchQuery,
  SearchHit,
  SearchResult,
  SearchIndex,
  SearchEngine,
} from './lib/search-port';
export { DEFAULT_MAX_TOTAL_HITS, DEFAULT_MAX_VALUES_PER_FACET } from './lib/search-port';
export { compoundCandidates } from './lib/synonym-sets';
export { createSearchEngine, isEmbeddedEngine } from './lib/create-search-engine';
export type { SearchEngineEnvironment } from './lib/create-search-engine';
export { createMeilisearchEngine, MeilisearchTaskError } from './lib/meilisearch/adapter';
export type { MeilisearchEngineOptions } from './lib/meilisearch/adapter';
export { createEmbeddedEngine } from './lib/embedded/adapter';
export type { EmbeddedSearchEngine } from './lib/embedded/adapter';
export { InvalidSearchQueryError } from './lib/embedded/query-validation';
export { SnapshotFormatError } from './lib/embedded/snapshot';
export type { SnapshotInfo } from './lib/embedded/snapshot';
export { describeSearchContract } from './testing/search-contract';
export type { SearchContractOptions } from './testing/search-contract';
