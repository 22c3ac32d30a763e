import {
  bigramsOf,
  coreOf,
  getOccupation,
  normaliseTerm,
  isKnownCertificateId,
  listEntries,
  resolveTerm,
  textTermId,
  type TermResolution,
} from '@vetlink/taxonomy';
import type { JobDetails, SkillRequirement } from './job';

/** One typed term and what became of it, as the API answers it (so an employer sees how they were read). */
export interface TermOutcome {
  field: string;
  text: string;
  /** Set when the term resolved to the taxonomy. */
  id?: string;
  confidence?: number;
  method?: TermResolution['method'] | 'inferred';
}

export interface TermReport {
  resolved: TermOutcome[];
  /** Kept as the employer wrote them, and still used (text relevance; a certificate stays a requirement). */
  kept: TermOutcome[];
}

/** A typed skill is read as a working level (3 of 5) unless the employer picked a level from the taxonomy. */
const TYPED_SKILL_LEVEL = 3;

/**
 * Required certificates may be taxonomy ids or names as people write them ("A2驾驶证"). A name the
 * taxonomy does not know becomes an id of its own text (textTermId), so that it stays a hard requirement
 * that only a veteran who typed the same certificate meets.
 */
export function resolveCertificates(
  entries: readonly string[],
  report: TermReport,
  field = 'requiredCertificates',
): string[] {
  const ids = entries.map((entry) => {
    if (isKnownCertificateId(entry)) return entry;
    const resolution = resolveTerm(['certificate'], entry);
    if (resolution) {
      report.resolved.push({ field, text: entry, ...outcomeOf(resolution) });
      return resolution.id;
    }
    report.kept.push({ field, text: entry });
    return textTermId(entry);
  });
  return [...new Set(ids)];
}

/** Typed skills: those the taxonomy knows become requirements; the rest are kept as text. */
export function resolveSkills(
  typed: readonly string[],
  alreadyListed: readonly SkillRequirement[],
  report: TermReport,
): { requirements: SkillRequirement[]; skillTexts: string[] } {
  const listed = new Set(alreadyListed.map((skill) => skill.skillId));
  const requirements: SkillRequirement[] = [];
  const skillTexts: string[] = [];
  for (const text of typed) {
    const resolution = resolveTerm(['skill'], text);
    if (!resolution) {
      report.kept.push({ field: 'skills', text });
      skillTexts.push(text);
      continue;
    }
    report.resolved.push({ field: 'skills', text, ...outcomeOf(resolution) });
    if (listed.has(resolution.id)) continue;
    listed.add(resolution.id);
    requirements.push({ skillId: resolution.id, level: TYPED_SKILL_LEVEL });
  }
  return { requirements, skillTexts };
}

/**
 * An edit's typed skills against the job as it will be: they replace the skills typed before (kept as text
 * when the taxonomy does not know them), and those it knows join the required skills unless listed already
 * (required or preferred, in the edit or, when the edit leaves a list alone, on the job).
 */
export function withTypedSkills<Changes extends Partial<JobDetails> & { skills?: readonly string[] }>(
  job: Pick<JobDetails, 'requiredSkills' | 'preferredSkills'>,
  edit: Changes,
): Omit<Changes, 'skills'> {
  const { skills, ...changes } = edit;
  if (skills === undefined) return changes;
  const required = changes.requiredSkills ?? job.requiredSkills;
  const preferred = changes.preferredSkills ?? job.preferredSkills;
  const typed = resolveSkills(skills, [...required, ...preferred], { resolved: [], kept: [] });
  return {
    ...changes,
    requiredSkills: [...required, ...typed.requirements],
    skillTexts: typed.skillTexts,
  };
}

/** A title read as an occupation name this surely is taken as it is. */
const SURE_TITLE = 0.7;
/** Each core skill of an occupation that the job's skills name adds this much to its evidence. */
const CORE_SKILL_EVIDENCE = 0.15;

/**
 * The occupation a job is, when the employer did not pick one: its title read as an occupation name when
 * that is sure; otherwise the occupation with the most evidence — the title's words in its names
 * (character bigrams weighted by how rare they are among occupation names, so 雷达 says more than 护员;
 * the typed skills and description counting half), plus the core skills the job's skills name.
 * Undefined when nothing says anything.
 */
export function inferOccupation(
  title: string,
  skills: readonly SkillRequirement[],
  report: TermReport,
  otherText: readonly string[] = [],
): string | undefined {
  const byTitle = resolveTerm(['occupation'], title);
  if (byTitle && byTitle.confidence >= SURE_TITLE) {
    report.resolved.push({ field: 'occupationId', text: title, ...outcomeOf(byTitle), method: 'inferred' });
    return byTitle.id;
  }
  const titleBigrams = bigramsOf(coreOf(normaliseTerm(title)));
  const textBigrams = bigramsOf(normaliseTerm(otherText.join('|')));
  const skillIds = new Set(skills.map((skill) => skill.skillId));
  const rarity = bigramRarity();
  let best: { id: string; evidence: number } | undefined;
  for (const occupation of listEntries('occupation')) {
    const words = Math.max(
      ...[occupation.zh, ...occupation.synonyms.zh].map((term) => {
        const termBigrams = [...bigramsOf(coreOf(normaliseTerm(term)))];
        const weightOf = (bigram: string) => rarity.get(bigram) ?? 1;
        const total = termBigrams.reduce((sum, bigram) => sum + weightOf(bigram), 0);
        const shared = termBigrams.reduce(
          (sum, bigram) =>
            sum + (titleBigrams.has(bigram) ? 1 : textBigrams.has(bigram) ? 0.5 : 0) * weightOf(bigram),
          0,
        );
        return total > 0 ? shared / total : 0;
      }),
    );
    const covered = occupation.coreSkills.filter((id) => skillIds.has(id)).length;
    const weakTitle = byTitle?.id === occupation.id ? byTitle.confidence * 0.5 : 0;
    const evidence = words + CORE_SKILL_EVIDENCE * covered + weakTitle;
    if (evidence > (best?.evidence ?? 0)) best = { id: occupation.id, evidence };
  }
  if (!best || best.evidence < 0.3) return undefined;
  report.resolved.push({
    field: 'occupationId',
    text: `${title} → ${getOccupation(best.id)?.zh ?? best.id}`,
    id: best.id,
    confidence: Math.round(Math.min(0.9, best.evidence) * 100) / 100,
    method: 'inferred',
  });
  return best.id;
}

let rarityCache: Map<string, number> | undefined;

/** log(N / occupations whose names have the bigram): 0 for a bigram in every name, high for a rare one. */
function bigramRarity(): Map<string, number> {
  if (rarityCache) return rarityCache;
  const occupations = listEntries('occupation');
  const counts = new Map<string, number>();
  for (const occupation of occupations) {
    const bigrams = new Set(
      [occupation.zh, ...occupation.synonyms.zh].flatMap((term) => [
        ...bigramsOf(coreOf(normaliseTerm(term))),
      ]),
    );
    for (const bigram of bigrams) counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  rarityCache = new Map(
    [...counts].map(([bigram, count]) => [bigram, Math.log(1 + occupations.length / count)]),
  );
  return rarityCache;
}

function outcomeOf(resolution: TermResolution): Pick<TermOutcome, 'id' | 'confidence' | 'method'> {
  return { id: resolution.id, confidence: resolution.confidence, method: resolution.method };
}
