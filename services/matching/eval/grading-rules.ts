import { certificateSatisfies, distanceKm, getOccupation, STRENGTH_WEIGHTS } from '@vetlink/taxonomy';
import { requirementsOf, type JobForMatching, type VeteranForMatching } from '@vetlink/matching-score';

export type Grade = 0 | 1 | 2 | 3;

/**
 * How a placement officer of the bureau would grade a job for a veteran, written down as rules so
 * that the labels can be regenerated and argued with. They use the same taxonomy facts as the score
 * (there is no other ground truth in a synthetic world) but not its weights: no recency, no veteran
 * flags, no seniority bands, no distance decay, and stricter employment types. So the evaluation
 * measures how well candidate generation and the score put what an officer would call a good job
 * first, not whether the score agrees with itself.
 *
 *   0 — a hard requirement fails (a required certificate missing, out of reach, pays below the
 *       minimum, an employment type not asked for), or the job has nothing to do with the veteran;
 *   1 — related at a stretch: a transferable link, or some evidence for the job's skills;
 *   2 — a plausible fit: the occupation was asked for or follows directly from service, or follows
 *       partially with some required skill evidenced, or at least half the required skills are
 *       evidenced (directly or partially, or declared near the level);
 *   3 — what the officer would put first: an occupation the veteran asked for or that follows
 *       directly from service, with at least half the required skills evidenced; or every required
 *       skill evidenced in a related occupation.
 */
export function gradePair(
  job: JobForMatching,
  veteran: VeteranForMatching,
): { grade: Grade; reason: string } {
  for (const certificate of job.requiredCertificates) {
    if (!certificateSatisfies(veteran.certificateIds, certificate))
      return { grade: 0, reason: `lacks required certificate ${certificate}` };
  }
  const reach = reachOf(job, veteran);
  if (reach) return { grade: 0, reason: reach };
  if (veteran.minimumMonthlySalary !== null && job.salary.max < veteran.minimumMonthlySalary) {
    return {
      grade: 0,
      reason: `pays at most ${job.salary.max}, below the minimum ${veteran.minimumMonthlySalary}`,
    };
  }
  if (!employmentAccepted(job, veteran)) {
    return { grade: 0, reason: `${job.employmentType} is not among ${veteran.employmentTypes.join('/')}` };
  }

  const required = requirementsOf(job).filter((requirement) => requirement.requirement === 'required');
  const evidenced = required.filter((requirement) =>
    hasSolidEvidence(veteran, requirement.skillId, requirement.level),
  );
  const touched = required.filter((requirement) => hasAnyEvidence(veteran, requirement.skillId));
  const coverage = required.length === 0 ? 0 : evidenced.length / required.length;
  const relation = occupationRelation(job, veteran);
  const skills = `${evidenced.length}/${required.length} required skills evidenced`;

  if (
    ((relation === 'desired' || relation === 'direct') && coverage >= 0.5) ||
    (coverage === 1 && relation !== 'none')
  ) {
    return { grade: 3, reason: `${job.occupationId} is ${relationText(relation)}; ${skills}` };
  }
  if (
    relation === 'desired' ||
    relation === 'direct' ||
    (relation === 'partial' && coverage > 0) ||
    coverage >= 0.5
  ) {
    return { grade: 2, reason: `${job.occupationId} is ${relationText(relation)}; ${skills}` };
  }
  if (relation === 'transferable' || touched.length > 0 || sameCategory(job, veteran)) {
    return {
      grade: 1,
      reason: `${job.occupationId} is ${relationText(relation)}; ${touched.length}/${required.length} required skills touched`,
    };
  }
  return { grade: 0, reason: `${job.occupationId} is unrelated to service, training and wishes` };
}

type Relation = 'desired' | 'direct' | 'partial' | 'transferable' | 'none';

function occupationRelation(job: JobForMatching, veteran: VeteranForMatching): Relation {
  if (veteran.desiredOccupationIds.includes(job.occupationId)) return 'desired';
  return (
    veteran.derivedOccupations.find((occupation) => occupation.occupationId === job.occupationId)?.strength ??
    'none'
  );
}

function relationText(relation: Relation): string {
  return relation === 'desired'
    ? 'wanted by the veteran'
    : relation === 'none'
      ? 'not linked to service'
      : `a ${relation} fit from service`;
}

function hasSolidEvidence(veteran: VeteranForMatching, skillId: string, level: number): boolean {
  const derived = veteran.derivedSkills.find((skill) => skill.skillId === skillId);
  if (derived && STRENGTH_WEIGHTS[derived.strength] >= STRENGTH_WEIGHTS.partial) return true;
  return veteran.declaredSkills.some((skill) => skill.skillId === skillId && skill.level >= level - 1);
}

function hasAnyEvidence(veteran: VeteranForMatching, skillId: string): boolean {
  return (
    veteran.derivedSkills.some((skill) => skill.skillId === skillId) ||
    veteran.declaredSkills.some((skill) => skill.skillId === skillId)
  );
}

function sameCategory(job: JobForMatching, veteran: VeteranForMatching): boolean {
  const category = getOccupation(job.occupationId)?.category;
  return veteran.derivedOccupations.some(
    (occupation) =>
      occupation.strength === 'direct' && getOccupation(occupation.occupationId)?.category === category,
  );
}

/** Within the radius the veteran set (or in a city they named besides home); without a radius, in a city they named or home. */
function reachOf(job: JobForMatching, veteran: VeteranForMatching): string | undefined {
  const home = veteran.residence;
  const named = veteran.preferredCityIds.includes(job.location.cityId);
  if (!home)
    return veteran.preferredCityIds.length === 0 || named
      ? undefined
      : `in ${job.location.cityId}, not a chosen city`;
  const km = distanceKm(home, job.location);
  if (veteran.radiusKm !== null) {
    if (km <= veteran.radiusKm || (named && job.location.cityId !== home.cityId)) return undefined;
    return `${Math.round(km)} km from home, beyond the ${veteran.radiusKm} km radius`;
  }
  if (veteran.preferredCityIds.length === 0 || named || job.location.cityId === home.cityId) return undefined;
  return `in ${job.location.cityId}, not a chosen city`;
}

/** Stricter than the score: the type asked for, or full-time and fixed-term contract for each other. */
function employmentAccepted(job: JobForMatching, veteran: VeteranForMatching): boolean {
  if (veteran.employmentTypes.length === 0) return true;
  const close: Record<string, string[]> = { 'full-time': ['contract'], contract: ['full-time'] };
  return veteran.employmentTypes.some(
    (type) => type === job.employmentType || (close[type] ?? []).includes(job.employmentType),
  );
}
