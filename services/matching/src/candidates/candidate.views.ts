import { JOB_SEEKING_STATUSES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { SENIORITY_BANDS } from '@vetlink/taxonomy';
import { z } from 'zod';
import type { RankedVeteran } from '../ranking/ranking';
import { renderReasons } from '@vetlink/matching-score';
import { componentsView, pageFields, reasonView } from '../shared/match-views';

/**
 * A candidate as an employer sees them: the masked display name and where they live to the district,
 * never a full name, ID number or contact (matching does not even hold those).
 */
export const candidateView = z
  .object({
    veteranId: z.string(),
    displayName: z.string().meta({ example: '王**' }),
    cityId: z.string().nullable(),
    districtId: z.string().nullable(),
    seniorityBand: z.enum(SENIORITY_BANDS),
    jobSeekingStatus: z.enum(JOB_SEEKING_STATUSES),
    distanceKm: z.number().nullable(),
    score: z.number().int().min(0).max(100),
    components: componentsView,
    reasons: z.array(reasonView),
  })
  .meta({ id: 'Candidate' });

export const candidatePageView = z.object({
  jobId: z.string(),
  items: z.array(candidateView),
  ...pageFields,
});

export type CandidateView = z.infer<typeof candidateView>;

export class CandidatePageDto extends createZodDto(candidatePageView) {}

export function toCandidate({ document, assessment }: RankedVeteran): CandidateView {
  const veteran = document.match;
  return {
    veteranId: veteran.veteranId,
    displayName: veteran.displayName,
    cityId: veteran.residence?.cityId ?? null,
    districtId: veteran.residence?.districtId ?? null,
    seniorityBand: veteran.seniorityBand,
    jobSeekingStatus: veteran.jobSeekingStatus,
    distanceKm: assessment.distanceKm === null ? null : Math.round(assessment.distanceKm),
    score: assessment.score,
    components: assessment.components,
    reasons: renderReasons(assessment.reasons, 'employer'),
  };
}
