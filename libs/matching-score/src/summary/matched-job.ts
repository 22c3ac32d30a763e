import type { LocalisedText, MatchedJobSummary } from '@vetlink/contracts';
import type { JobForMatching } from '../inputs/match-inputs';
import type { MatchAssessment } from '../score/score-match';

/** What a push or a digest quotes about a job, with the distance from the veteran's home. */
export function matchedJobSummary(
  job: JobForMatching,
  assessment: Pick<MatchAssessment, 'distanceKm'>,
): MatchedJobSummary {
  return {
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
