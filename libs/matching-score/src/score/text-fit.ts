import {
  bigramsOf,
  coreOf,
  getOccupation,
  getSpecialty,
  getTraining,
  normaliseTerm,
  STRENGTH_WEIGHTS,
} from '@vetlink/taxonomy';
import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/** One thing the veteran did or wants, in all the words the taxonomy knows for it (or as they typed it). */
export interface ProfileTerm {
  source: 'desired' | 'specialty' | 'training' | 'occupation';
  /** Its taxonomy id; null for a term typed that the taxonomy does not know. */
  id: string | null;
  /** Its Chinese name, as a reason quotes it. */
  name: string;
  /** Normalised cores of its names and synonyms, with their distinct bigrams. */
  forms: { core: string; bigrams: readonly string[] }[];
}

/**
 * How much the job's own words (title, description, skills typed as text) speak of what the veteran did
 * and wants, whatever the taxonomy made of either: a fitting job whose skills mapped to nothing is still
 * found, and a job whose skills mapped by accident but whose text is about something else is not lifted.
 *
 * Each of the veteran's terms (desired occupations, specialties, trainings, the occupations their service
 * leads to; every name and synonym) is compared with the job text as character bigrams — Chinese has no
 * spaces, and bigrams are what a counsellor's eye catches ("牵引车" in "重型牵引车司机"). A term's
 * coverage is the share of its bigrams the job text contains; the fit is the best coverage weighted by
 * where the term comes from, plus a little for a second term that also shows up.
 */
const SOURCE_WEIGHTS: Readonly<Record<ProfileTerm['source'], number>> = {
  desired: 1,
  specialty: 1,
  training: 0.85,
  occupation: 0.7,
};

/** Coverage below this is chance (one shared bigram of a long term). */
const MINIMUM_COVERAGE = 0.5;

export interface TextEvidence {
  term: ProfileTerm;
  /** The longest stretch of the term that the job text contains. */
  phrase: string;
  coverage: number;
}

export function textFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const evidence = textEvidence(job, veteran);
  if (evidence.length === 0) return { fit: 0, reasons: [], vetoes: [] };
  const [best, second] = evidence;
  const weighted = (item: TextEvidence) => item.coverage * SOURCE_WEIGHTS[item.term.source];
  const fit = Math.min(1, weighted(best) + (second ? 0.25 * weighted(second) : 0));
  return {
    fit,
    reasons: [
      {
        kind: 'text',
        polarity: 'match',
        phrase: best.phrase,
        ...((best.term.source === 'desired' || best.term.source === 'occupation') && best.term.id
          ? { occupationId: best.term.id }
          : {}),
        // An occupation the service leads to is evidence of the service as a whole (no one specialty id).
        via:
          best.term.source === 'occupation'
            ? { kind: 'specialty', id: null }
            : { kind: best.term.source, id: best.term.id },
      },
    ],
    vetoes: [],
  };
}

/** The veteran's terms found in the job text, strongest first (one per taxonomy entry). */
export function textEvidence(job: JobForMatching, veteran: VeteranForMatching): TextEvidence[] {
  const terms = profileTermsOf(veteran);
  if (terms.length === 0) return [];
  const { text, bigrams: jobBigrams } = jobTextOf(job);
  const found: { term: ProfileTerm; core: string; coverage: number }[] = [];
  for (const term of terms) {
    let best: { core: string; coverage: number } | undefined;
    for (const { core, bigrams } of term.forms) {
      if ((best?.coverage ?? 0) >= 1) break;
      const coverage = coverageOf(bigrams, jobBigrams);
      if (coverage >= MINIMUM_COVERAGE && coverage > (best?.coverage ?? 0)) best = { core, coverage };
    }
    if (best) found.push({ term, ...best });
  }
  // Only the evidence a reason quotes needs its words found (the costly part, once per pair at most twice).
  return found
    .sort((a, b) => b.coverage * SOURCE_WEIGHTS[b.term.source] - a.coverage * SOURCE_WEIGHTS[a.term.source])
    .map(({ term, core, coverage }, index) => ({
      term,
      coverage,
      phrase: index === 0 ? longestSharedStretch(core, text) : core,
    }));
}

/**
 * The share of the form's bigrams the job text contains; 0 as soon as too many are missing for it to
 * reach MINIMUM_COVERAGE (most forms, most pairs: the rest of the count cannot change the outcome).
 */
function coverageOf(bigrams: readonly string[], jobBigrams: ReadonlySet<string>): number {
  const size = bigrams.length;
  if (size === 0) return 0;
  let shared = 0;
  let missing = 0;
  for (const bigram of bigrams) {
    if (jobBigrams.has(bigram)) shared += 1;
    else if ((size - ++missing) / size < MINIMUM_COVERAGE) return 0;
  }
  return shared / size;
}

/** Jobs are scored against thousands of veterans in a row: their text is read once per job object. */
const jobTexts = new WeakMap<JobForMatching, { text: string; bigrams: Set<string> }>();

function jobTextOf(job: JobForMatching): { text: string; bigrams: Set<string> } {
  let known = jobTexts.get(job);
  if (!known) {
    const text = normaliseTerm([job.title, ...(job.skillTexts ?? []), job.description ?? ''].join(' '));
    known = { text, bigrams: bigramsOf(text) };
    jobTexts.set(job, known);
  }
  return known;
}

/** Taxonomy entries' terms, computed once per entry (the taxonomy does not change while running). */
const entryTerms = new Map<string, ProfileTerm | undefined>();

function termOf(source: ProfileTerm['source'], id: string): ProfileTerm | undefined {
  const key = `${source}:${id}`;
  if (entryTerms.has(key)) return entryTerms.get(key);
  const entry =
    source === 'specialty' ? getSpecialty(id) : source === 'training' ? getTraining(id) : getOccupation(id);
  const term = entry && {
    source,
    id,
    name: entry.zh,
    forms: [...new Set([entry.zh, ...entry.synonyms.zh, entry.en, ...entry.synonyms.en])].map((form) => {
      const core = coreOf(normaliseTerm(form));
      return { core, bigrams: [...bigramsOf(core)] };
    }),
  };
  entryTerms.set(key, term);
  return term;
}

/** A veteran is scored against thousands of jobs in a row: their terms are gathered once per object. */
const veteranTerms = new WeakMap<VeteranForMatching, ProfileTerm[]>();

/** What the veteran asked for, served as and trained in, and the occupations their service leads to directly. */
export function profileTermsOf(veteran: VeteranForMatching): ProfileTerm[] {
  let terms = veteranTerms.get(veteran);
  if (!terms) {
    terms = gatherProfileTerms(veteran);
    veteranTerms.set(veteran, terms);
  }
  return terms;
}

function gatherProfileTerms(veteran: VeteranForMatching): ProfileTerm[] {
  const ids: [ProfileTerm['source'], string][] = [
    ...veteran.desiredOccupationIds.map((id): [ProfileTerm['source'], string] => ['desired', id]),
    ...(veteran.specialtyIds ?? []).map((id): [ProfileTerm['source'], string] => ['specialty', id]),
    ...(veteran.trainingIds ?? []).map((id): [ProfileTerm['source'], string] => ['training', id]),
    ...veteran.derivedOccupations
      .filter((occupation) => STRENGTH_WEIGHTS[occupation.strength] >= 1)
      .map((occupation): [ProfileTerm['source'], string] => ['occupation', occupation.occupationId]),
  ];
  const seen = new Set<string>();
  const known = ids.flatMap(([source, id]) => {
    const key = `${source}:${id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return termOf(source, id) ?? [];
  });
  return [...known, ...typedTermsOf(veteran, seen)];
}

/** What the veteran typed and the taxonomy does not know, in the words they used (once each). */
function typedTermsOf(veteran: VeteranForMatching, seen: Set<string>): ProfileTerm[] {
  return (veteran.typedTerms ?? []).flatMap(({ source, text }) => {
    const core = coreOf(normaliseTerm(text));
    const key = `${source}:text:${core}`;
    if (seen.has(key) || core.length < 2) return [];
    seen.add(key);
    return [{ source, id: null, name: text, forms: [{ core, bigrams: [...bigramsOf(core)] }] }];
  });
}

/** The longest substring of `term` that `text` contains (what the reason quotes). */
function longestSharedStretch(term: string, text: string): string {
  const characters = [...term];
  for (let length = characters.length; length >= 2; length -= 1) {
    for (let start = 0; start + length <= characters.length; start += 1) {
      const stretch = characters.slice(start, start + length).join('');
      if (text.includes(stretch)) return stretch;
    }
  }
  return term;
}
