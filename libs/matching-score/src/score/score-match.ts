import { certificateGate } from './certificate-gate';
import { employmentFit } from './employment-fit';
import type { Fit } from './fit';
import { locationFit } from './location-fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';
import { occupationFit } from './occupation-fit';
import { priorityFit } from './priority-fit';
import type { ReasonFacts } from './reason-facts';
import { recencyFit } from './recency-fit';
import { salaryFit } from './salary-fit';
import { seniorityFit } from './seniority-fit';
import { skillFit } from './skill-fit';
import { textFit } from './text-fit';
import { DEFAULT_POLICY, MatchPolicy, SCORE_COMPONENTS, ScoreComponent, totalWeight } from './weights';

export interface MatchAssessment {
  jobId: string;
  veteranId: string;
  /** 0-100, the rounded sum of the components' points (also computed for vetoed pairs, for "why not"). */
  score: number;
  /** The points each component gave (fit × weight), to one decimal. */
  components: Record<ScoreComponent, number>;
  /** What speaks for the pair (and the gaps that are not disqualifying), most telling first. */
  reasons: ReasonFacts[];
  /** What rules the pair out; empty when it may be pushed and recommended. */
  vetoes: ReasonFacts[];
  eligible: boolean;
  distanceKm: number | null;
}

/**
 * The domain score of one veteran for one job. Each component measures one aspect as a fit from 0 to
 * 1 (see its function); the score is Σ weight × fit over the components, scaled to 100. Hard
 * requirements veto the pair instead of costing points:
 *   - a required certificate or licence the veteran does not hold (certificateSatisfies);
 *   - the top of the salary range below the veteran's minimum;
 *   - farther from home than the veteran's radius (or outside the cities they named);
 *   - an employment type the veteran does not want at all.
 */
export function scoreMatch(
  job: JobForMatching,
  veteran: VeteranForMatching,
  now: Date,
  policy: MatchPolicy = DEFAULT_POLICY,
): MatchAssessment {
  const location = locationFit(job, veteran, policy.defaultRadiusKm);
  const certificates = certificateGate(job, veteran);
  const fits: Record<ScoreComponent, Fit> = {
    skills: skillFit(job, veteran),
    occupation: occupationFit(job, veteran),
    text: textFit(job, veteran),
    distance: location,
    salary: salaryFit(job, veteran),
    employmentType: employmentFit(job, veteran),
    seniority: seniorityFit(job, veteran),
    recency: recencyFit(job, now),
    veteranPriority: priorityFit(job),
  };
  const scale = 100 / totalWeight(policy.weights);
  // Plain loops: this runs for every pair of every fan-out and recommendation list.
  const components = {} as Record<ScoreComponent, number>;
  const reasons: ReasonFacts[] = [...certificates.reasons];
  const vetoes: ReasonFacts[] = [...certificates.vetoes];
  let raw = 0;
  for (const component of SCORE_COMPONENTS) {
    const { fit, reasons: its, vetoes: itsVetoes } = fits[component];
    const weight = policy.weights[component];
    components[component] = Math.round(fit * weight * scale * 10) / 10;
    raw += fit * weight;
    for (const reason of its) reasons.push(reason);
    for (const veto of itsVetoes) vetoes.push(veto);
  }
  const score = Math.max(0, Math.min(100, Math.round(raw * scale)));
  return {
    jobId: job.jobId,
    veteranId: veteran.veteranId,
    score,
    components,
    reasons: orderReasons(reasons),
    vetoes,
    eligible: vetoes.length === 0,
    distanceKm: location.distanceKm,
  };
}

/**
 * The order reasons are shown in: the veteran flags first, then the skills that match and where they
 * come from (why me), the hard requirements met (can I apply), the occupation, then place and pay,
 * then the rest; gaps last. Notifications quote the first few.
 */
const REASON_ORDER: readonly ReasonFacts['kind'][] = [
  'veterans-only',
  'veteran-priority',
  'skill',
  'certificate',
  'occupation',
  'text',
  'distance',
  'preferred-city',
  'salary',
  'employment-type',
  'seniority',
  'recent',
  'skill-missing',
];

const KIND_RANKS = new Map(REASON_ORDER.map((kind, index) => [kind, index]));

function rankOf(reason: ReasonFacts): number {
  return (reason.polarity === 'gap' ? 100 : 0) + (KIND_RANKS.get(reason.kind) ?? 50);
}

function orderReasons(reasons: ReasonFacts[]): ReasonFacts[] {
  const ranked = reasons.map((reason, position) => ({ reason, rank: rankOf(reason), position }));
  // Ties keep the components' own order (e.g. strongest skills first) within a kind.
  ranked.sort((a, b) => a.rank - b.rank || a.position - b.position);
  return ranked.map(({ reason }) => reason);
}

/**
 * Whether a pair passes every hard requirement, i.e. `scoreMatch(...).eligible`, asked of only the
 * components that can veto (the cheap ones: no skill credit, no reasons kept): for narrowing thousands
 * of candidates before the full score ranks the rest.
 */
export function meetsHardRequirements(
  job: JobForMatching,
  veteran: VeteranForMatching,
  policy: Pick<MatchPolicy, 'defaultRadiusKm'> = DEFAULT_POLICY,
): boolean {
  return (
    locationFit(job, veteran, policy.defaultRadiusKm).vetoes.length === 0 &&
    salaryFit(job, veteran).vetoes.length === 0 &&
    employmentFit(job, veteran).vetoes.length === 0 &&
    certificateGate(job, veteran).vetoes.length === 0
  );
}

/** Whether a pair should be pushed: eligible and at or above the threshold. */
export function isPushWorthy(
  assessment: MatchAssessment,
  policy: Pick<MatchPolicy, 'pushThreshold'>,
): boolean {
  return assessment.eligible && assessment.score >= policy.pushThreshold;
}

/**
 * The order of a result list: eligible before vetoed, higher score first, then the more recently
 * posted job, then by id so that pages never shuffle.
 */
export function compareAssessments(
  a: { assessment: MatchAssessment; postedAt: string; id: string },
  b: { assessment: MatchAssessment; postedAt: string; id: string },
): number {
  return (
    Number(b.assessment.eligible) - Number(a.assessment.eligible) ||
    b.assessment.score - a.assessment.score ||
    b.postedAt.localeCompare(a.postedAt) ||
    a.id.localeCompare(b.id)
  );
}
