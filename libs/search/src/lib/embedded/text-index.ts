import MiniSearch, { type Options, type Query } from 'minisearch';
import { fieldReader, forEachValue, type FieldReader } from './fields';
import { RestrictedScoring } from './restricted-scoring';
import { tokenize } from './tokenizer';

/** Matches in relevance order, as parallel arrays (one entry per matching document). */
export interface TextMatches {
  slots: number[];
  scores: number[];
  /** Position in the searchable attributes of the most important one that matched (0 = first). */
  attributeRanks: number[];
}

interface SlotDocument {
  slot: number;
  document: object;
}

const SLOT_FIELD = '__slot';

/**
 * Full-text index over the searchable attributes, on MiniSearch (BM25 over a radix tree), with our
 * tokenizer on both sides and document slots as its ids. An earlier attribute weighs more, as in
 * Meilisearch's attribute rule.
 */
export class TextIndex {
  private readonly miniSearch: MiniSearch<SlotDocument>;
  private readonly restricted: RestrictedScoring<SlotDocument>;
  private readonly attributeRanks: Map<string, number>;
  private readonly readers: Map<string, FieldReader>;

  constructor(
    private readonly attributes: readonly string[],
    /** A previous `serialize()` output, parsed. */
    serialized?: unknown,
  ) {
    this.attributeRanks = new Map(attributes.map((attribute, index) => [attribute, index]));
    this.readers = new Map(attributes.map((attribute) => [attribute, fieldReader(attribute)]));
    const options = this.options();
    this.miniSearch = serialized
      ? MiniSearch.loadJS(serialized as Parameters<typeof MiniSearch.loadJS>[0], options)
      : new MiniSearch(options);
    this.restricted = new RestrictedScoring(this.miniSearch);
    // An index saved before documents were removed rather than discarded may hold stale postings; once
    // vacuumed, searches take the restricted path (restricted-scoring.ts).
    if (this.miniSearch.dirtCount > 0) void this.miniSearch.vacuum().catch(() => undefined);
  }

  add(slot: number, document: object): void {
    this.miniSearch.add({ slot, document });
  }

  /**
   * Removes a document's postings now (not MiniSearch's `discard`, which leaves them for a later vacuum):
   * stale postings would change a term's document count as searches meet them, and keep searches off
   * the restricted path. `document` must be the one added for the slot (stored documents are frozen).
   */
  remove(slot: number, document: object): void {
    if (this.miniSearch.has(slot)) this.miniSearch.remove({ slot, document });
  }

  clear(): void {
    this.miniSearch.removeAll();
  }

  /**
   * Documents matching the query, best first; with `accepts`, only those it accepts. The test runs
   * before a document is scored, so a narrow filter spares the scoring of every other text match.
   */
  search(query: Query, accepts?: (slot: number) => boolean): TextMatches {
    const matches: TextMatches = { slots: [], scores: [], attributeRanks: [] };
    const boostDocument = accepts && ((slot: unknown) => (accepts(slot as number) ? 1 : 0));
    const results =
      this.restricted.search(query, accepts) ?? this.miniSearch.search(query, { boostDocument });
    for (const result of results) {
      let attributeRank = this.attributes.length;
      for (const fields of Object.values(result.match)) {
        for (const field of fields)
          attributeRank = Math.min(attributeRank, this.attributeRanks.get(field) ?? attributeRank);
      }
      matches.slots.push(result.id as number);
      matches.scores.push(result.score);
      matches.attributeRanks.push(attributeRank);
    }
    return matches;
  }

  /** JSON text of the whole index, to load back without tokenizing every document again. */
  serialize(): string {
    return JSON.stringify(this.miniSearch);
  }

  private options(): Options<SlotDocument> {
    const boost = Object.fromEntries(
      this.attributes.map((attribute, index) => [attribute, this.attributes.length - index]),
    );
    return {
      idField: SLOT_FIELD,
      fields: [...this.attributes],
      storeFields: [],
      extractField: ({ slot, document }, field) =>
        field === SLOT_FIELD ? slot : textOf(this.readers.get(field)?.(document)),
      tokenize,
      processTerm: (term) => term,
      searchOptions: {
        boost,
        combineWith: 'AND',
        // Query words arrive already tokenized and normalised by buildTextQuery.
        tokenize: (word) => [word],
        processTerm: (word) => word,
      },
    };
  }
}

function textOf(value: unknown): string {
  const parts: string[] = [];
  forEachValue(value, (part) => {
    if (typeof part === 'string' || typeof part === 'number') parts.push(String(part));
  });
  return parts.join(' ');
}
