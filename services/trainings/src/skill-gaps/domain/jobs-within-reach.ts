import {
  DEFAULT_POLICY,
  employmentFit,
  isPushWorthy,
  JobForMatching,
  locationFit,
  MatchPolicy,
  salaryFit,
  scoreMatch,
  totalWeight,
  VeteranForMatching,
} from '@vetlink/matching-score';

export interface JobsWithinReach {
  /** Jobs worth a push to the veteran today. */
  openToday: number;
  /** Jobs not worth a push today that some skills and certificates could make so: all a course may open. */
  candidates: JobForMatching[];
}

/** Score points lost to rounding between a job's components and its score (0.5 + 0.05, rounded up). */
const ROUNDING_MARGIN = 1;

/**
 * Sorts the jobs for the gap analysis with as few full scores as it can, since a course changes
 * nothing but the veteran's skills and certificates:
 * - a job vetoed for distance, pay or employment type stays vetoed whatever the course (checked with
 *   the score's own cheap components, before scoring it);
 * - a job not worth a push today is a candidate only if full credit for every skill could lift it to
 *   the threshold: its score less today's skill points plus all the skill points there are (every
 *   other component stays as it is; a missing certificate is the one veto a course lifts).
 * Exact: it leaves out only jobs no course could open (the spec compares it with scoring them all).
 */
export function jobsWithinReach(
  veteran: VeteranForMatching,
  jobs: readonly JobForMatching[],
  now: Date,
  policy: MatchPolicy = DEFAULT_POLICY,
): JobsWithinReach {
  const allSkillPoints = (policy.weights.skills * 100) / totalWeight(policy.weights);
  let openToday = 0;
  const candidates: JobForMatching[] = [];
  for (const job of jobs) {
    if (
      locationFit(job, veteran, policy.defaultRadiusKm).vetoes.length > 0 ||
      salaryFit(job, veteran).vetoes.length > 0 ||
      employmentFit(job, veteran).vetoes.length > 0
    )
      continue;
    const today = scoreMatch(job, veteran, now, policy);
    if (isPushWorthy(today, policy)) {
      openToday += 1;
      continue;
    }
    if (today.vetoes.some((veto) => veto.kind !== 'certificate-missing')) continue;
    const best = today.score - today.components.skills + allSkillPoints + ROUNDING_MARGIN;
    if (best >= policy.pushThreshold) candidates.push(job);
  }
  return { openToday, candidates };
}
