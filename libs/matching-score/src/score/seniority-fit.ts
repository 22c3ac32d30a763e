import { getOccupation, SENIORITY_BANDS, type SeniorityBand } from '@vetlink/taxonomy';
import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/**
 * The veteran's seniority band (from rank and posts held) against the band of the job's occupation,
 * by the number of bands between them (veteran minus occupation).
 */
export const SENIORITY_FIT_BY_GAP: Readonly<Record<string, number>> = {
  '-3': 0.1,
  '-2': 0.1,
  '-1': 0.5,
  '0': 1,
  '1': 0.8,
  '2': 0.5,
  '3': 0.5,
};

export function seniorityFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const occupationBand = getOccupation(job.occupationId)?.seniorityBand;
  if (!occupationBand) return { fit: 0.5, reasons: [], vetoes: [] };
  const gap = bandIndex(veteran.seniorityBand) - bandIndex(occupationBand);
  const fit = SENIORITY_FIT_BY_GAP[String(gap)] ?? 0.5;
  if (fit < 0.8 && gap > 0) return { fit, reasons: [], vetoes: [] };
  return {
    fit,
    reasons: [{ kind: 'seniority', polarity: fit >= 0.8 ? 'match' : 'gap', occupationId: job.occupationId }],
    vetoes: [],
  };
}

function bandIndex(band: SeniorityBand): number {
  return SENIORITY_BANDS.indexOf(band);
}
