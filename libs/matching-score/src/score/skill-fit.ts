import { getOccupation, STRENGTH_WEIGHTS } from '@vetlink/taxonomy';
import { clamp01, Fit } from './fit';
import type { Evidence, JobForMatching, SkillRequirement, VeteranForMatching } from '../inputs/match-inputs';
import type { ReasonFacts } from './reason-facts';

/** A required skill counts fully, a preferred one half. */
export const REQUIREMENT_WEIGHTS = { required: 1, preferred: 0.5 } as const;
/** The level (1-5) that a military specialty, training or certificate evidences: a working level. */
export const DERIVED_SKILL_LEVEL = 3;
/** A skill the veteran only declared counts a little less than one an officer verified. */
export const UNVERIFIED_DECLARED_FACTOR = 0.85;
/** When a job lists no skills at all, its occupation's core skills stand in, at this level. */
export const CORE_SKILL_LEVEL = 3;
/** At most this many skill reasons travel with a match (the strongest first). */
export const MAX_SKILL_REASONS = 12;

type Requirement = SkillRequirement & { requirement: 'required' | 'preferred' };

interface Credit {
  credit: number;
  via: Evidence;
  strength?: ReasonFacts['strength'];
}

/**
 * Skill overlap after the crosswalk. Each skill the job asks for earns a credit from 0 to 1 from the
 * veteran's best evidence of it:
 *   - a derived skill (military specialty, training, certificate): STRENGTH_WEIGHTS[strength]
 *     (direct 1.0, partial 0.6, transferable 0.3) × min(1, DERIVED_SKILL_LEVEL / required level);
 *   - a declared skill: (1 if verified, else 0.85) × min(1, declared level / required level).
 * The fit is the mean credit weighted 1 for required skills and 0.5 for preferred ones. A required
 * skill without evidence is a gap, shown as such, not a veto: skills can be learned on the job.
 */
export function skillFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const listed = fitOver(requirementsOf(job), veteran);
  const core = coreSkillsOf(job);
  const listsNone = job.requiredSkills.length + job.preferredSkills.length === 0;
  if (core.length === 0 || listsNone || listed.fit >= OCCUPATION_STAND_IN) return listed;
  // Employers' typed skills map to the taxonomy only in part ("门岗值守", "甩挂运输" stay text), so the
  // skills listed may miss what the job is about; its occupation's core skills say it too, a little
  // less surely.
  const standIn = fitOver(core, veteran);
  return standIn.fit * OCCUPATION_STAND_IN > listed.fit
    ? { ...standIn, fit: standIn.fit * OCCUPATION_STAND_IN }
    : listed;
}

/** Every skill that can earn the job's skill credit: those listed and its occupation's core skills. */
export function skillIdsScoredFor(job: JobForMatching): string[] {
  return [...new Set([...requirementsOf(job), ...coreSkillsOf(job)].map((skill) => skill.skillId))];
}

/** How much the occupation's core skills count when they say more than the skills the job lists. */
export const OCCUPATION_STAND_IN = 0.8;

const coreSkillsByOccupation = new Map<string, Requirement[]>();

/** Read for every pair scored: built once per occupation (the taxonomy does not change while running). */
function coreSkillsOf(job: JobForMatching): Requirement[] {
  let core = coreSkillsByOccupation.get(job.occupationId);
  if (!core) {
    core = (getOccupation(job.occupationId)?.coreSkills ?? []).map((skillId) => ({
      skillId,
      level: CORE_SKILL_LEVEL,
      requirement: 'required' as const,
    }));
    coreSkillsByOccupation.set(job.occupationId, core);
  }
  return core;
}

function fitOver(requirements: readonly Requirement[], veteran: VeteranForMatching): Fit {
  if (requirements.length === 0) return { fit: 0, reasons: [], vetoes: [] };
  let earned = 0;
  let possible = 0;
  const matched: { reason: ReasonFacts; weighted: number }[] = [];
  const gaps: ReasonFacts[] = [];
  for (const requirement of requirements) {
    const weight = REQUIREMENT_WEIGHTS[requirement.requirement];
    possible += weight;
    const best = bestCredit(requirement, veteran);
    if (!best) {
      if (requirement.requirement === 'required')
        gaps.push({
          kind: 'skill-missing',
          polarity: 'gap',
          skillId: requirement.skillId,
          requirement: 'required',
        });
      continue;
    }
    earned += weight * best.credit;
    matched.push({
      weighted: weight * best.credit,
      reason: {
        kind: 'skill',
        polarity: 'match',
        skillId: requirement.skillId,
        requirement: requirement.requirement,
        via: best.via,
        ...(best.strength ? { strength: best.strength } : {}),
      },
    });
  }
  const reasons = matched
    .sort((a, b) => b.weighted - a.weighted)
    .slice(0, MAX_SKILL_REASONS)
    .map(({ reason }) => reason);
  return { fit: clamp01(earned / possible), reasons: [...reasons, ...gaps.slice(0, 5)], vetoes: [] };
}

/** The job's skills, or its occupation's core skills when the employer listed none. */
export function requirementsOf(job: JobForMatching): Requirement[] {
  let requirements = requirementsByJob.get(job);
  if (!requirements) {
    requirements = listedRequirementsOf(job);
    requirementsByJob.set(job, requirements);
  }
  return requirements;
}

/** Jobs are scored against thousands of veterans in a row: their requirements are gathered once per object. */
const requirementsByJob = new WeakMap<JobForMatching, Requirement[]>();

function listedRequirementsOf(job: JobForMatching): Requirement[] {
  const listed: Requirement[] = [
    ...job.requiredSkills.map((skill) => ({ ...skill, requirement: 'required' as const })),
    ...job.preferredSkills
      .filter((skill) => !job.requiredSkills.some((required) => required.skillId === skill.skillId))
      .map((skill) => ({ ...skill, requirement: 'preferred' as const })),
  ];
  return listed.length > 0 ? listed : coreSkillsOf(job);
}

type DeclaredSkill = VeteranForMatching['declaredSkills'][number];
type DerivedSkill = VeteranForMatching['derivedSkills'][number];

/** A veteran's evidence of one skill, in the order it is weighed: declared first, then derived. */
interface SkillEvidence {
  declared: DeclaredSkill[];
  derived: DerivedSkill[];
}

/** A veteran is scored against thousands of jobs in a row: their evidence is filed by skill once per object. */
const evidenceByVeteran = new WeakMap<VeteranForMatching, Map<string, SkillEvidence>>();

function evidenceOf(veteran: VeteranForMatching): Map<string, SkillEvidence> {
  const known = evidenceByVeteran.get(veteran);
  if (known) return known;
  const bySkill = new Map<string, SkillEvidence>();
  const entry = (skillId: string) => {
    let found = bySkill.get(skillId);
    if (!found) bySkill.set(skillId, (found = { declared: [], derived: [] }));
    return found;
  };
  for (const declared of veteran.declaredSkills) entry(declared.skillId).declared.push(declared);
  for (const derived of veteran.derivedSkills) entry(derived.skillId).derived.push(derived);
  evidenceByVeteran.set(veteran, bySkill);
  return bySkill;
}

/** The veteran's strongest evidence of the skill; of equal credits, the first (declared before derived). */
function bestCredit(requirement: SkillRequirement, veteran: VeteranForMatching): Credit | undefined {
  const evidence = evidenceOf(veteran).get(requirement.skillId);
  if (!evidence) return undefined;
  let best: DeclaredSkill | DerivedSkill | undefined;
  let bestCredit = -Infinity;
  for (const declared of evidence.declared) {
    const factor = declared.verified ? 1 : UNVERIFIED_DECLARED_FACTOR;
    const credit = factor * Math.min(1, declared.level / requirement.level);
    if (credit > bestCredit) [best, bestCredit] = [declared, credit];
  }
  for (const derived of evidence.derived) {
    const credit = STRENGTH_WEIGHTS[derived.strength] * Math.min(1, DERIVED_SKILL_LEVEL / requirement.level);
    if (credit > bestCredit) [best, bestCredit] = [derived, credit];
  }
  if (!best) return undefined;
  return 'strength' in best
    ? { credit: bestCredit, via: preferredSource(best.from), strength: best.strength }
    : { credit: bestCredit, via: { kind: 'declared', id: null } };
}

/** A military specialty says most to a veteran about where a skill comes from, then a training, then a certificate. */
function preferredSource(
  from: readonly { kind: 'specialty' | 'training' | 'certificate'; id: string }[],
): Evidence {
  const order = { specialty: 0, training: 1, certificate: 2 } as const;
  const first = [...from].sort((a, b) => order[a.kind] - order[b.kind])[0];
  return first ? { kind: first.kind, id: first.id } : { kind: 'declared', id: null };
}
