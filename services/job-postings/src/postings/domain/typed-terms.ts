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
import type { SkillRequirement } from './job';

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
 * The occupation a job is, when the employer did not pick one: its title read as an occupation name,
 * else the occupation whose core skills the job's skills cover best (ties: the smaller occupation).
 * Undefined when neither says anything.
 */
export function inferOccupation(
  title: string,
  skills: readonly SkillRequirement[],
  report: TermReport,
  typedSkills: readonly string[] = [],
): string | undefined {
  const byTitle = resolveTerm(['occupation'], title);
  if (byTitle) {
    report.resolved.push({ field: 'occupationId', text: title, ...outcomeOf(byTitle), method: 'inferred' });
    return byTitle.id;
  }
  const skillIds = new Set(skills.map((skill) => skill.skillId));
  let best: { id: string; covered: number; size: number } | undefined;
  for (const occupation of listEntries('occupation')) {
    const covered = occupation.coreSkills.filter((id) => skillIds.has(id)).length;
    if (covered === 0) continue;
    const better =
      !best ||
      covered > best.covered ||
      (covered === best.covered && occupation.coreSkills.length < best.size);
    if (better) best = { id: occupation.id, covered, size: occupation.coreSkills.length };
  }
  if (!best) return occupationByWords(title, typedSkills, report);
  const name = getOccupation(best.id)?.zh ?? best.id;
  report.resolved.push({
    field: 'occupationId',
    text: `${title} → ${name}`,
    id: best.id,
    confidence: Math.min(0.9, 0.4 + 0.15 * best.covered),
    method: 'inferred',
  });
  return best.id;
}

/**
 * Last resort: the occupation whose names share the most of the title's words (character bigrams),
 * the typed skills counting half. "兼职活动安保" shares 安保 with 保安员's synonym 安保员.
 */
function occupationByWords(
  title: string,
  typedSkills: readonly string[],
  report: TermReport,
): string | undefined {
  const titleBigrams = bigramsOf(coreOf(normaliseTerm(title)));
  const skillBigrams = bigramsOf(normaliseTerm(typedSkills.join('|')));
  let best: { id: string; score: number } | undefined;
  for (const occupation of listEntries('occupation')) {
    for (const term of [occupation.zh, ...occupation.synonyms.zh]) {
      const termBigrams = bigramsOf(coreOf(normaliseTerm(term)));
      let score = 0;
      for (const bigram of termBigrams) {
        if (titleBigrams.has(bigram)) score += 1;
        else if (skillBigrams.has(bigram)) score += 0.5;
      }
      score /= Math.max(1, termBigrams.size);
      if (score > (best?.score ?? 0)) best = { id: occupation.id, score };
    }
  }
  if (!best || best.score < 0.3) return undefined;
  report.resolved.push({
    field: 'occupationId',
    text: `${title} → ${getOccupation(best.id)?.zh ?? best.id}`,
    id: best.id,
    confidence: Math.round(Math.min(0.7, best.score) * 100) / 100,
    method: 'inferred',
  });
  return best.id;
}

function outcomeOf(resolution: TermResolution): Pick<TermOutcome, 'id' | 'confidence' | 'method'> {
  return { id: resolution.id, confidence: resolution.confidence, method: resolution.method };
}
