import type { JobMatchedPayload, MatchTrigger } from '@vetlink/contracts';
import {
  type JobForMatching,
  type MatchAssessment,
  matchedJobSummary,
  matchHeadline,
  matchIdOf,
  renderReasons,
} from '@vetlink/matching-score';

/** At most this many reasons travel in one push (the contract allows 60). */
export const MAX_PUSHED_REASONS = 20;

/** The `matching.job-matched` payload for a pair worth pushing, with the veteran's wording. */
export function jobMatchedPayload(
  job: JobForMatching,
  assessment: MatchAssessment,
  fingerprint: string,
  trigger: MatchTrigger,
  matchedAt: Date,
): JobMatchedPayload {
  return {
    matchId: matchIdOf(assessment.veteranId, job.jobId, fingerprint),
    veteranId: assessment.veteranId,
    jobId: job.jobId,
    score: assessment.score,
    components: { ...assessment.components },
    headline: matchHeadline(job, assessment),
    reasons: renderReasons(assessment.reasons.slice(0, MAX_PUSHED_REASONS), 'veteran'),
    job: matchedJobSummary(job, assessment),
    jobFingerprint: fingerprint,
    trigger,
    matchedAt: matchedAt.toISOString(),
  };
}
