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
  /** Documents carry a `_geo: { lat, lng }` field for radius filters and distance sorting. */
  geo?: boolean;
  /**
   * How deep `offset + limit` may page through one query's matches (default 1,000, Meilisearch's own;
   * it returns nothing beyond). The embedded engine pages through all of them regardless.
   */
  maxTotalHits?: number;
}

export type Scalar = string | number | boolean;

export type FilterExpression =
  | { op: 'eq' | 'ne'; field: string; value: Scalar }
  | { op: 'in'; field: string; values: Scalar[] }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; field: string; value: number }
  | { op: 'exists'; field: string }
  | { op: 'and' | 'or'; clauses: FilterExpression[] }
  | { op: 'not'; clause: FilterExpression }
  | { op: 'geoRadius'; center: GeoPoint; radiusMeters: number };

export type SortClause = { field: string; direction: 'asc' | 'desc' } | { geoPoint: GeoPoint; direction: 'asc' | 'desc' };

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
  applySettings(settings: IndexSettings): Promise<void>;
  upsert(documents: readonly Document[]): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult<Document>>;
  count(): Promise<number>;
  clear(): Promise<void>;
}

export interface SearchEngine {
  index<Document extends object>(name: string): SearchIndex<Document>;
  close(): Promise<void>;
}
