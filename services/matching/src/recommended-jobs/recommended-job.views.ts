import { localisedTextSchema } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import type { RankedJob } from '../ranking/ranking';
import {
  matchHeadline,
  renderReasons,
  type MatchAssessment,
  type JobForMatching,
} from '@vetlink/matching-score';
import { componentsView, jobSummaryView, pageFields, reasonView, toJobSummary } from '../shared/match-views';

export const recommendedJobView = z
  .object({
    job: jobSummaryView,
    score: z.number().int().min(0).max(100),
    components: componentsView,
    headline: localisedTextSchema,
    reasons: z.array(reasonView),
  })
  .meta({ id: 'RecommendedJob' });

export const recommendationPageView = z.object({ items: z.array(recommendedJobView), ...pageFields });

export const matchExplanationView = z
  .object({
    veteranId: z.string(),
    job: jobSummaryView,
    jobStatus: z.enum(['open', 'paused', 'closed']),
    score: z.number().int().min(0).max(100),
    /** False when a hard requirement rules the pair out (see `vetoes`). */
    eligible: z.boolean(),
    /** Whether matching would push this job to the veteran (eligible and at or above the threshold). */
    pushWorthy: z.boolean(),
    pushThreshold: z.number().int(),
    components: componentsView,
    reasons: z.array(reasonView),
    vetoes: z.array(reasonView),
  })
  .meta({ description: 'The full score of one veteran and one job, with what rules the pair out' });

export type RecommendedJobView = z.infer<typeof recommendedJobView>;
export type MatchExplanationView = z.infer<typeof matchExplanationView>;

export class RecommendationPageDto extends createZodDto(recommendationPageView) {}
export class MatchExplanationDto extends createZodDto(matchExplanationView) {}

export function toRecommendedJob({ document, assessment }: RankedJob): RecommendedJobView {
  return {
    job: toJobSummary(document.match, assessment.distanceKm),
    score: assessment.score,
    components: assessment.components,
    headline: matchHeadline(document.match, assessment),
    reasons: renderReasons(assessment.reasons, 'veteran'),
  };
}

export function toMatchExplanation(
  job: JobForMatching,
  jobStatus: MatchExplanationView['jobStatus'],
  assessment: MatchAssessment,
  pushThreshold: number,
): MatchExplanationView {
  return {
    veteranId: assessment.veteranId,
    job: toJobSummary(job, assessment.distanceKm),
    jobStatus,
    score: assessment.score,
    eligible: assessment.eligible,
    pushWorthy: assessment.eligible && assessment.score >= pushThreshold,
    pushThreshold,
    components: assessment.components,
    reasons: renderReasons(assessment.reasons, 'veteran'),
    vetoes: renderReasons(assessment.vetoes, 'veteran'),
  };
}
