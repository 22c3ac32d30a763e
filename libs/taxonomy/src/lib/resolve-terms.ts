import type { EntryByKind } from './entries-by-kind';
import { listEntries } from './lookups';
import { normaliseTerm, termsOf } from './terms';

/** The kinds people type names of (cities and districts are picked from lists). */
export type ResolvableKind =
  'skill' | 'occupation' | 'certificate' | 'specialty' | 'training' | 'role' | 'rank';

/** How a term was recognised, strongest first; the confidence says as much in a number. */
export type ResolutionMethod = 'name' | 'qualified' | 'contained' | 'similar';

export interface TermResolution {
  kind: ResolvableKind;
  id: string;
  /** 1 for a name or synonym, lower the looser the match (0.55 is the least this accepts). */
  confidence: number;
  method: ResolutionMethod;
  /** The taxonomy's term that matched (name or synonym). */
  matched: string;
}

const MINIMUM_CONFIDENCE = 0.55;

/*
 * Words that qualify a name without changing what it names: "A2驾驶证" is the A2 licence whatever the
 * taxonomy adds in brackets ("（重型牵引挂车）"); "消防设施操作员证" and "消防设施操作员证书" are one
 * certificate; "保安员证" and "保安证" too. Stripped from both sides before comparing.
 */
const BRACKETED = /[(（[【][^)）\]】]*[)）\]】]/gu;
const CERTIFICATE_SUFFIXES =
  /(职业技能等级证书|资格证书|操作证书|执业证书|证书|执照|资格证|操作证|上岗证|认证|证)$/u;
const ROLE_SUFFIXES = /(岗位|人员|工作)$/u;

interface IndexedTerm<Kind extends ResolvableKind> {
  entry: EntryByKind[Kind];
  term: string;
  normalised: string;
  core: string;
  bigrams: Set<string>;
}

const indexes = new Map<ResolvableKind, IndexedTerm<ResolvableKind>[]>();

function indexOf<Kind extends ResolvableKind>(kind: Kind): IndexedTerm<Kind>[] {
  let index = indexes.get(kind) as IndexedTerm<Kind>[] | undefined;
  if (!index) {
    index = listEntries(kind).flatMap((entry) =>
      [...new Set(termsOf(entry))].map((term) => {
        const normalised = normaliseTerm(term);
        const core = coreOf(normalised);
        return { entry, term, normalised, core, bigrams: bigramsOf(core) };
      }),
    );
    indexes.set(kind, index as IndexedTerm<ResolvableKind>[]);
  }
  return index;
}

/** The term without bracketed qualifiers and certificate-like suffixes ("特种作业操作证(电工)" → "特种作业"). */
export function coreOf(normalised: string): string {
  const bare = normalised.replace(BRACKETED, '');
  const stripped = bare.replace(CERTIFICATE_SUFFIXES, '').replace(ROLE_SUFFIXES, '');
  return stripped.length >= 2 ? stripped : bare;
}

/** What the brackets of a term say ("特种作业操作证(电工)" → ["电工"]). */
function qualifiersOf(normalised: string): string[] {
  return [...normalised.matchAll(BRACKETED)].map((match) => match[0].slice(1, -1)).filter(Boolean);
}

export function bigramsOf(text: string): Set<string> {
  const characters = [...text];
  if (characters.length < 2) return new Set(characters);
  return new Set(characters.slice(0, -1).map((character, index) => character + characters[index + 1]));
}

/** Dice coefficient of two bigram sets: 1 for the same, 0 for nothing in common. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const bigram of a) if (b.has(bigram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The taxonomy entry a typed term most likely names, among the kinds given (the first kind wins a tie),
 * or undefined when nothing is close enough — the caller then keeps the text as typed.
 *
 * In order: a name or synonym (width, case, spacing ignored); the same after bracketed qualifiers and
 * certificate suffixes are set aside, or the qualifier alone ("特种作业操作证(电工)" → the electrician's
 * certificate); a known term the text contains, or that contains the text, of at least two characters
 * and most of the text; finally bigram similarity (catches a mistyped or reordered character).
 */
export function resolveTerm(kinds: readonly ResolvableKind[], text: string): TermResolution | undefined {
  const normalised = normaliseTerm(text);
  if (normalised.length === 0) return undefined;
  const core = coreOf(normalised);
  // "健身教练证" names a certificate, not the occupation 健身教练.
  if (kinds.includes('certificate') && CERTIFICATE_SUFFIXES.test(normalised.replace(BRACKETED, ''))) {
    kinds = ['certificate'];
  }
  const candidates = kinds.flatMap((kind) =>
    indexOf(kind).map((indexed) => ({ kind, indexed, ...scoreAgainst(normalised, core, indexed) })),
  );
  const qualified = qualifiersOf(normalised).flatMap((qualifier) =>
    kinds.flatMap((kind) =>
      indexOf(kind)
        .filter((indexed) => indexed.core === coreOf(qualifier) || indexed.normalised === `${qualifier}证`)
        .map((indexed) => ({ kind, indexed, confidence: 0.85, method: 'qualified' as const })),
    ),
  );
  // A generic word inside many names ("驾驶员": bus, farm machinery, hazmat...) names none of them.
  const containing = new Set(
    candidates.filter(
      (candidate) => candidate.method === 'contained' && candidate.indexed.core.includes(core),
    ),
  );
  const entriesContaining = new Set([...containing].map((candidate) => candidate.indexed.entry.id)).size;
  if (entriesContaining > 1) for (const candidate of containing) candidate.confidence *= 0.6;
  const best = [...candidates, ...qualified].reduce<(typeof candidates)[number] | undefined>(
    (winner, candidate) => (candidate.confidence > (winner?.confidence ?? 0) ? candidate : winner),
    undefined,
  );
  if (!best || best.confidence < MINIMUM_CONFIDENCE) return undefined;
  return {
    kind: best.kind,
    id: best.indexed.entry.id,
    confidence: Math.round(best.confidence * 100) / 100,
    method: best.method,
    matched: best.indexed.term,
  };
}

function scoreAgainst(
  normalised: string,
  core: string,
  indexed: IndexedTerm<ResolvableKind>,
): { confidence: number; method: ResolutionMethod } {
  if (indexed.normalised === normalised) return { confidence: 1, method: 'name' };
  if (indexed.core === core) return { confidence: 0.95, method: 'qualified' };
  const shorter = Math.min(core.length, indexed.core.length);
  const longer = Math.max(core.length, indexed.core.length);
  if (shorter >= 2 && (core.includes(indexed.core) || indexed.core.includes(core))) {
    // "车辆例行保养" contains "例行保养": the more of the text the known term covers, the surer.
    return { confidence: 0.5 + 0.4 * (shorter / longer), method: 'contained' };
  }
  const dice = similarity(bigramsOf(core), indexed.bigrams);
  return { confidence: 0.9 * dice, method: 'similar' };
}
