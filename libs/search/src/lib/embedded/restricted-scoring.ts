import type MiniSearch from 'minisearch';
import type { Query } from 'minisearch';

/**
 * Scoring a MiniSearch query over a restricted set of documents: the same results, the same scores and
 * the same order as MiniSearch's own search, but each term's postings are read only for the documents
 * that can still end up in the results.
 *
 * Why: MiniSearch walks every posting of every term of a query, then intersects. Synonyms make that
 * expensive: 保安 also means 安保员 (安保 + 员), and 员 is in ~108,000 of 100,000 jobs' fields, so a
 * query that returns ~1,500 jobs of one city read ~155,000 postings, each with a call to the filter.
 * Here a plan first picks, for every AND, its cheapest clause (the fewest postings), collects the
 * documents of those clauses that pass the filter (a superset of the results), and MiniSearch then
 * scores only those: 员 is looked up for the few hundred jobs that have 安保, not walked.
 *
 * Why the results are the same: a document's score in a term depends only on that document and the
 * term's posting count, combining (AND, OR) keeps the relative order of the documents it keeps, and
 * postings are kept in ascending internal id (MiniSearch appends new documents with increasing ids,
 * and loads saved ones in ascending key order), which is the order the restricted walk follows. This
 * needs postings without discarded documents (their stale entries change a term's count as they are
 * met): TextIndex removes documents instead of discarding them, and the restricted path is taken only
 * while the index holds no discarded document. `restricted-scoring.spec.ts` compares both paths.
 *
 * It reaches into MiniSearch's internals (the term index and the per-term scoring, version 7.x); the
 * spec fails if they change.
 */

/** Term → field id → internal document id → term frequency, as MiniSearch keeps them. */
type FieldPostings = Map<number, Map<number, number>>;

interface RawResult {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

interface Bm25Parameters {
  k: number;
  b: number;
  d: number;
}

interface TermIndex {
  get(term: string): FieldPostings | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
}

type TermResults = (
  sourceTerm: string,
  derivedTerm: string,
  termWeight: number,
  termBoost: number,
  fieldTermData: FieldPostings | undefined,
  fieldBoosts: Record<string, number>,
  boostDocumentFn: unknown,
  bm25params: Bm25Parameters,
  results?: Map<number, RawResult>,
) => Map<number, RawResult>;

interface MiniSearchInternals {
  _index: TermIndex;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  termResults: TermResults;
}

/** The documents (internal ids) that may match: membership by id, and the ids in ascending order. */
interface Restriction {
  member: Uint8Array;
  ascending: Int32Array;
}

const MEMBER = 1;
const REJECTED = 2;
// MiniSearch's defaults (searchOptions.maxFuzzy).
const MAX_FUZZY = 6;

/** Wraps one MiniSearch instance so that `search` can run restricted to the documents a plan allows. */
export class RestrictedScoring<Document> {
  private readonly internals: MiniSearchInternals;
  private restriction: Restriction | undefined;

  constructor(private readonly miniSearch: MiniSearch<Document>) {
    this.internals = miniSearch as unknown as MiniSearchInternals;
    const original = this.internals.termResults;
    const restrictionNow = () => this.restriction;
    this.internals.termResults = function (this: MiniSearchInternals, ...args: Parameters<TermResults>) {
      const restriction = restrictionNow();
      return restriction ? restrictedTermResults(this, restriction, ...args) : original.apply(this, args);
    };
  }

  /**
   * MiniSearch's results for the query, limited to the documents `accepts` takes (by their ids), in
   * MiniSearch's order; undefined when the restricted path does not apply (discarded documents in the
   * index, or a query shape it does not plan), and the caller searches the usual way.
   */
  search(
    query: Query,
    accepts: ((id: number) => boolean) | undefined,
  ): ReturnType<MiniSearch<Document>['search']> | undefined {
    if (this.internals._dirtCount !== 0) return undefined;
    const plan = planOf(query, {}, this.internals._index);
    if (!plan) return undefined;
    // Without a filter, a plan that prunes nothing would read every posting twice.
    if (!accepts && plan.cost >= plan.total) return this.miniSearch.search(query);
    this.restriction = this.restrictionOf(plan, accepts);
    try {
      return this.miniSearch.search(query);
    } finally {
      this.restriction = undefined;
    }
  }

  private restrictionOf(plan: Plan, accepts: ((id: number) => boolean) | undefined): Restriction {
    const member = new Uint8Array(this.internals._nextId);
    const ids = this.internals._documentIds;
    let count = 0;
    for (const postings of plan.postings()) {
      for (const documents of postings.values()) {
        for (const shortId of documents.keys()) {
          if (member[shortId] !== 0) continue;
          const taken = !accepts || accepts(ids.get(shortId) as number);
          member[shortId] = taken ? MEMBER : REJECTED;
          if (taken) count += 1;
        }
      }
    }
    const ascending = new Int32Array(count);
    for (let shortId = 0, at = 0; at < count; shortId += 1) {
      if (member[shortId] === MEMBER) ascending[at++] = shortId;
    }
    return { member, ascending };
  }
}

/**
 * For a query: how many postings the documents that may match take to collect (`cost`), how many the
 * whole query has (`total`), and those postings. An AND needs only its cheapest clause's documents.
 */
interface Plan {
  cost: number;
  total: number;
  postings(): Iterable<FieldPostings>;
}

interface Inherited {
  combineWith?: string;
  prefix?: unknown;
  fuzzy?: unknown;
}

/** Mirrors MiniSearch's executeQuery for the queries buildTextQuery makes; undefined for any other. */
function planOf(query: Query, inherited: Inherited, index: TermIndex): Plan | undefined {
  if (typeof query === 'string') return termPlan(query, inherited, index);
  if (typeof query !== 'object' || query === null || !Array.isArray(query.queries)) return undefined;
  const options: Inherited = { ...inherited, ...query };
  const children: Plan[] = [];
  for (const child of query.queries) {
    const plan = planOf(child as Query, options, index);
    if (!plan) return undefined;
    children.push(plan);
  }
  if (children.length === 0) return undefined;
  const total = children.reduce((sum, child) => sum + child.total, 0);
  const operator = String(options.combineWith ?? 'or').toLowerCase();
  if (operator === 'and') {
    const cheapest = children.reduce((best, child) => (child.cost < best.cost ? child : best));
    return { cost: cheapest.cost, total, postings: () => cheapest.postings() };
  }
  if (operator === 'or') {
    return {
      cost: children.reduce((sum, child) => sum + child.cost, 0),
      total,
      postings: () => children.flatMap((child) => [...child.postings()]),
    };
  }
  if (operator === 'and_not')
    return { cost: children[0].cost, total, postings: () => children[0].postings() };
  return undefined;
}

/** A query word: its own postings, its longer words when a prefix, its near spellings when fuzzy. */
function termPlan(term: string, options: Inherited, index: TermIndex): Plan | undefined {
  if (typeof options.prefix === 'function' || typeof options.fuzzy === 'function') return undefined;
  if (term === '') return { cost: 0, total: 0, postings: () => [] };
  const postings: FieldPostings[] = [];
  const exact = index.get(term);
  if (exact) postings.push(exact);
  if (options.prefix === true) {
    for (const [word, data] of index.atPrefix(term)) if (word !== term) postings.push(data);
  }
  if (options.fuzzy) {
    const fuzzy = options.fuzzy === true ? 0.2 : Number(options.fuzzy);
    const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
    if (maxDistance) {
      for (const [word, [data, distance]] of index.fuzzyGet(term, maxDistance)) {
        if (distance && word !== term) postings.push(data);
      }
    }
  }
  let cost = 0;
  for (const data of postings) for (const documents of data.values()) cost += documents.size;
  return { cost, total: cost, postings: () => postings };
}

/**
 * MiniSearch's termResults (7.x) for the restricted documents only: the same arithmetic in the same
 * order, walking either the restriction or the postings, whichever is shorter. Every document in the
 * index is live here (no discarded ones), so no stale posting is met; the filter is in the restriction.
 */
function restrictedTermResults(
  self: MiniSearchInternals,
  restriction: Restriction,
  sourceTerm: string,
  derivedTerm: string,
  termWeight: number,
  termBoost: number,
  fieldTermData: FieldPostings | undefined,
  fieldBoosts: Record<string, number>,
  _boostDocumentFn: unknown,
  bm25params: Bm25Parameters,
  results: Map<number, RawResult> = new Map(),
): Map<number, RawResult> {
  if (fieldTermData == null) return results;
  const { member, ascending } = restriction;
  for (const field of Object.keys(fieldBoosts)) {
    const fieldBoost = fieldBoosts[field];
    const fieldId = self._fieldIds[field];
    const fieldTermFreqs = fieldTermData.get(fieldId);
    if (fieldTermFreqs == null) continue;
    const matchingFields = fieldTermFreqs.size;
    const avgFieldLength = self._avgFieldLength[fieldId];
    const score = (docId: number, termFreq: number) => {
      const fieldLength = (self._fieldLength.get(docId) as number[])[fieldId];
      const rawScore = bm25(
        termFreq,
        matchingFields,
        self._documentCount,
        fieldLength,
        avgFieldLength,
        bm25params,
      );
      // The document boost is 1 (the filter is in the restriction), kept in place for the same rounding.
      const weightedScore = termWeight * termBoost * fieldBoost * 1 * rawScore;
      const result = results.get(docId);
      if (result) {
        result.score += weightedScore;
        if (!result.terms.includes(sourceTerm)) result.terms.push(sourceTerm);
        const match = Object.prototype.hasOwnProperty.call(result.match, derivedTerm)
          ? result.match[derivedTerm]
          : undefined;
        if (match) match.push(field);
        else result.match[derivedTerm] = [field];
      } else {
        results.set(docId, { score: weightedScore, terms: [sourceTerm], match: { [derivedTerm]: [field] } });
      }
    };
    if (ascending.length < fieldTermFreqs.size) {
      for (const docId of ascending) {
        const termFreq = fieldTermFreqs.get(docId);
        if (termFreq !== undefined) score(docId, termFreq);
      }
    } else {
      for (const [docId, termFreq] of fieldTermFreqs) if (member[docId] === MEMBER) score(docId, termFreq);
    }
  }
  return results;
}

/** MiniSearch's BM25+ (calcBM25Score), term for term. */
function bm25(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
  { k, b, d }: Bm25Parameters,
): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
  );
}
