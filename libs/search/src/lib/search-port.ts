/**
 * The one port every search engine sits behind: Meilisearch in production, an embedded in-process
 * engine on development machines and in CI. Every write resolves only once it is applied, so a search
 * right after it sees it. Field names are the documents' own top-level fields; arrays match when any
 * element matches (as Meilisearch filters do).
 */

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface IndexSettings {
  /** The field holding each document's unique id (string). */
  primaryKey: string;
  /** Text fields, most important first. */
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  /**
   * Named sets of mutually synonymous terms (words or phrases, Chinese or English). The key only names
   * the set (e.g. `skill:forklift-operation`); a query for any term of a set also finds documents that
   * contain another term of the same set.
   */
  synonyms?: Record<string, string[]>;
  /**
   * One-way expansions: a query for the key also finds documents containing any of the listed terms,
   * not the other way round. For compounds a word segmenter keeps whole: jieba reads 小龙虾 as one
   * word, so on Meilisearch 龙虾 alone would not find 小龙虾厨师 (`compoundExpansions` derives them from
   * synonym sets).
   */
  expansions?: Record<string, string[]>;
  /** Documents carry a `_geo: { lat, lng }` field for radius filters and distance sorting. */
  geo?: boolean;
  /**
   * How deep `offset + limit` may page through one query's matches (default 1,000, Meilisearch's own,
   * which returns nothing beyond it). Both engines refuse a query reaching deeper (InvalidSearchQueryError)
   * rather than cut its hits short, so set it to the deepest page any caller can ask for.
   */
  maxTotalHits?: number;
  /**
   * The most values one facet counts (default 1,000; Meilisearch's own default, 100, would cut a facet
   * over more values short). Beyond it both engines keep the most frequent values.
   */
  maxValuesPerFacet?: number;
}

export const DEFAULT_MAX_TOTAL_HITS = 1000;
export const DEFAULT_MAX_VALUES_PER_FACET = 1000;

export type Scalar = string | number | boolean;

export type FilterExpression =
  | { op: 'eq' | 'ne'; field: string; value: Scalar }
  | { op: 'in'; field: string; values: Scalar[] }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; field: string; value: number }
  | { op: 'exists'; field: string }
  | { op: 'and' | 'or'; clauses: FilterExpression[] }
  | { op: 'not'; clause: FilterExpression }
  | { op: 'geoRadius'; center: GeoPoint; radiusMeters: number };

export type SortClause =
  { field: string; direction: 'asc' | 'desc' } | { geoPoint: GeoPoint; direction: 'asc' | 'desc' };

export interface SearchQuery {
  /**
   * Free text in Chinese or English; empty or absent matches every document the filter allows.
   * Every query word must match (the last one also as a prefix, longer Latin words with a typo or two);
   * documents are ranked by relevance, then by `sort`.
   */
  text?: string;
  /** Only filterable attributes (and `geoRadius` only when the settings enable `geo`). */
  filter?: FilterExpression;
  /**
   * Only sortable attributes (and geo points only with `geo`). Without text it decides the order alone;
   * with text, relevance comes first, so sort mainly orders equally relevant documents.
   */
  sort?: SortClause[];
  /** Fields to count values of among all matches (not only the returned page). */
  facets?: string[];
  /**
   * The top-level fields the caller reads from each hit's document (default: all). Meilisearch then sends
   * only these (and `_geo` when a distance is wanted), which matters when thousands of hits come back; the
   * embedded engine hands out whole documents, which costs it nothing. Read no other field.
   */
  attributes?: string[];
  limit: number;
  offset?: number;
}

export interface SearchHit<Document> {
  /** Read-only: the embedded engine hands out the (frozen) document it stores rather than a copy. */
  document: Document;
  /** Present when the query filtered or sorted by a geo point. */
  geoDistanceMeters?: number;
}

export interface SearchResult<Document> {
  hits: SearchHit<Document>[];
  /** Matches in all (may be an estimate beyond a few thousand, as Meilisearch's is). */
  totalHits: number;
  facets: Record<string, Record<string, number>>;
}

export interface SearchIndex<Document extends object> {
  /** Idempotent: settings equal to the index's current ones change nothing (Meilisearch is not asked to re-index). */
  applySettings(settings: IndexSettings): Promise<void>;
  upsert(documents: readonly Document[]): Promise<void>;
  /**
   * A bulk load (a rebuild): sends the batches as they come, in larger chunks, without waiting for each
   * to be indexed, and resolves with the number of documents once all of them are applied.
   */
  load(batches: AsyncIterable<readonly Document[]> | Iterable<readonly Document[]>): Promise<number>;
  delete(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult<Document>>;
  count(): Promise<number>;
  clear(): Promise<void>;
}

export interface SearchEngine {
  index<Document extends object>(name: string): SearchIndex<Document>;
  /**
   * Exchanges the contents of each pair of indexes (names stay), all pairs at once, so that an index
   * built aside replaces a live one without a search ever seeing it half-built. An index missing on
   * either side is created empty first.
   */
  swapIndexes(pairs: ReadonlyArray<readonly [string, string]>): Promise<void>;
  /** Removes an index with its documents and settings; nothing happens when there is none. */
  deleteIndex(name: string): Promise<void>;
  close(): Promise<void>;
}
