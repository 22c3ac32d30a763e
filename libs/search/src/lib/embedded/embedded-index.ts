import { simplifyFilter } from '../filter-simplify';
import {
  DEFAULT_MAX_VALUES_PER_FACET,
  type FilterExpression,
  type GeoPoint,
  type IndexSettings,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../search-port';
import { alternativesByTerm } from '../synonym-sets';
import { AttributeIndex } from './attribute-index';
import { DocumentSlots } from './document-slots';
import { deepFreeze } from './deep-freeze';
import { countFacets } from './facets';
import { fieldReader } from './fields';
import { compileFilter } from './filters';
import { geoPointOf, geoReferenceOf, haversineMeters } from './geo';
import { orderMatches, type Matches } from './ordering';
import { validateQuery } from './query-validation';
import { SynonymMatcher, buildTextQuery } from './text-query';
import { TextIndex } from './text-index';

/** A document with its slot, as a snapshot keeps them so that the saved text index still fits. */
export interface SlottedDocument {
  slot: number;
  id: string;
  document: object;
}

/** One index's documents and settings, kept in memory, with the structures that answer searches. */
export class EmbeddedIndex {
  private readonly store: DocumentSlots;
  private readonly attributes: AttributeIndex;
  private readonly text: TextIndex;
  private readonly synonyms: SynonymMatcher;
  private readonly readId;

  constructor(
    readonly settings: IndexSettings,
    serializedText?: unknown,
  ) {
    this.store = new DocumentSlots(settings.sortableAttributes);
    this.attributes = new AttributeIndex(settings.filterableAttributes);
    this.text = new TextIndex(settings.searchableAttributes, serializedText);
    this.synonyms = new SynonymMatcher(alternativesByTerm(settings));
    this.readId = fieldReader(settings.primaryKey);
  }

  get size(): number {
    return this.store.size;
  }

  /** Every document in slot (insertion) order. */
  documents(): SlottedDocument[] {
    return [...this.store.entries()];
  }

  /** Replaces documents by id, all or none: every document is checked before any is applied. */
  upsert(documents: readonly object[]): void {
    const copies = documents.map((document) => deepFreeze(structuredClone(document)));
    const ids = copies.map((document) => this.checkedId(document));
    copies.forEach((document, index) => {
      const { slot, previous } = this.store.put(ids[index], document);
      if (previous) {
        this.attributes.remove(slot, previous);
        this.text.remove(slot, previous);
      }
      this.attributes.add(slot, document);
      this.text.add(slot, document);
    });
  }

  /** Puts back documents from a snapshot in their slots; their text is already in the loaded text index. */
  restore(documents: readonly SlottedDocument[]): void {
    for (const { slot, id, document } of documents) {
      this.store.put(id, deepFreeze(document), slot);
      this.attributes.add(slot, document);
    }
  }

  delete(ids: readonly string[]): void {
    for (const id of ids) {
      const removed = this.store.remove(id);
      if (!removed) continue;
      this.attributes.remove(removed.slot, removed.document);
      this.text.remove(removed.slot, removed.document);
    }
  }

  clear(): void {
    this.delete(this.documents().map(({ id }) => id));
    this.text.clear();
  }

  search<Document extends object>(query: SearchQuery): SearchResult<Document> {
    validateQuery(query, this.settings);
    const filter = simplifyFilter(query.filter);
    const facets = query.facets ?? [];
    const matches: Matches =
      filter === 'matches-none'
        ? { slots: [] }
        : this.matching(query.text, filter === 'matches-all' ? undefined : filter);
    const offset = query.offset ?? 0;
    const ordered = orderMatches(matches, query.sort ?? [], this.store, offset + query.limit);
    const origin = geoReferenceOf(query.filter, query.sort);
    return {
      hits: ordered.slice(offset).map((position) => this.hit<Document>(matches.slots[position], origin)),
      totalHits: matches.slots.length,
      facets: countFacets(
        matches.slots,
        facets,
        this.store,
        this.settings.maxValuesPerFacet ?? DEFAULT_MAX_VALUES_PER_FACET,
      ),
    };
  }

  serializeText(): string {
    return this.text.serialize();
  }

  private matching(text: string | undefined, filter: FilterExpression | undefined): Matches {
    const accepts = filter ? this.filterTest(filter) : undefined;
    const textQuery = text ? buildTextQuery(text, this.synonyms) : undefined;
    if (textQuery) return this.text.search(textQuery, accepts);
    const slots: number[] = [];
    const { documents, end } = this.store;
    for (let slot = 0; slot < end; slot += 1) {
      if (documents[slot] && (!accepts || accepts(slot))) slots.push(slot);
    }
    return { slots };
  }

  /** Whether a slot's document passes the filter: its postings first, the rest tested on the document. */
  private filterTest(filter: FilterExpression): (slot: number) => boolean {
    const candidates = this.attributes.candidates(filter, this.store);
    if (!candidates) return compileFilter(filter, this.store, this.attributes);
    const { slots: marked, residual } = candidates;
    if (!residual) return (slot) => marked[slot] === 1;
    const rest = compileFilter(residual, this.store, this.attributes);
    return (slot) => marked[slot] === 1 && rest(slot);
  }

  private hit<Document extends object>(
    slot: number,
    origin: ReturnType<typeof geoReferenceOf>,
  ): SearchHit<Document> {
    // Stored documents are frozen, so a hit hands out the stored one instead of a copy of it.
    const document = this.store.documentAt(slot) as Document;
    const point = origin ? geoPointOf(document) : undefined;
    return origin && point ? new DistancedHit(document, origin, point) : { document };
  }

  /** Refuses what Meilisearch's indexing task would fail on: a missing id or a malformed `_geo`. */
  private checkedId(document: object): string {
    const geo = (document as { _geo?: unknown })._geo;
    const point = geoPointOf(document);
    if (
      this.settings.geo &&
      geo != null &&
      !(point && Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180)
    ) {
      throw new Error(`document _geo must be { lat: -90..90, lng: -180..180 }, got ${JSON.stringify(geo)}`);
    }
    const id = this.readId(document);
    if (typeof id === 'string' && id.length > 0) return id;
    if (typeof id === 'number' && Number.isInteger(id)) return String(id);
    throw new Error(
      `document has no usable primary key "${this.settings.primaryKey}" (a non-empty string or an integer)`,
    );
  }
}

/** A hit whose distance is worked out when first read: a fan-out filtering by radius reads thousands of hits and no distance. */
class DistancedHit<Document extends object> implements SearchHit<Document> {
  readonly #origin: GeoPoint;
  readonly #point: GeoPoint;
  #distance?: number;

  constructor(
    readonly document: Document,
    origin: GeoPoint,
    point: GeoPoint,
  ) {
    this.#origin = origin;
    this.#point = point;
  }

  get geoDistanceMeters(): number {
    return (this.#distance ??= haversineMeters(this.#origin, this.#point));
  }
}
