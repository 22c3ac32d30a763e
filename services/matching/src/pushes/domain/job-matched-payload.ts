import type { JobMatchedPayload, LocalisedText, MatchTrigger } from '@vetlink/contracts';
import { type JobForMatching, renderReasons, type MatchAssessment, matchIdOf } from '@vetlink/matching-score';

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
    job: {
      title: job.title,
      employerId: job.employerId,
      employerName: job.employerName,
      occupationId: job.occupationId,
      employmentType: job.employmentType,
      salary: { min: job.salary.min, max: job.salary.max },
      cityId: job.location.cityId,
      districtId: job.location.districtId,
      distanceKm: assessment.distanceKm,
      veteransOnly: job.veteransOnly,
      veteranPriority: job.veteranPriority,
      deadline: job.deadline,
    },
    jobFingerprint: fingerprint,
    trigger,
    matchedAt: matchedAt.toISOString(),
  };
}

/** One line for a notification: "叉车司机 · 南京顺达物流 — 匹配度 87 分". */
export function matchHeadline(
  job: Pick<JobForMatching, 'title' | 'employerName'>,
  assessment: Pick<MatchAssessment, 'score'>,
): LocalisedText {
  return {
    zh: `${job.title} · ${job.employerName} — 匹配度 ${assessment.score} 分`,
    en: `${job.title} at ${job.employerName} — ${assessment.score}% match`,
  };
}
