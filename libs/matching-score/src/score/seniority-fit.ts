import { getOccupation, SENIORITY_BANDS, seniorityBandOfTitle, type SeniorityBand } from '@vetlink/taxonomy';
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

/** Experience asked for beyond the years served by more than this halves the fit (counsellors: "nearly met" is fine). */
const EXPERIENCE_SLACK_YEARS = 1;

export function seniorityFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  // The level the title states ("护士长", "物流运营经理") before the occupation's usual one.
  const jobBand = jobBandOf(job);
  if (!jobBand) return { fit: 0.5, reasons: [], vetoes: [] };
  const gap = bandIndex(veteran.seniorityBand) - bandIndex(jobBand);
  const short =
    job.experienceYears !== undefined &&
    veteran.yearsServed !== undefined &&
    job.experienceYears > veteran.yearsServed + EXPERIENCE_SLACK_YEARS;
  const fit = (SENIORITY_FIT_BY_GAP[String(gap)] ?? 0.5) * (short ? 0.5 : 1);
  if (fit < 0.8 && gap > 0) return { fit, reasons: [], vetoes: [] };
  return {
    fit,
    reasons: [{ kind: 'seniority', polarity: fit >= 0.8 ? 'match' : 'gap', occupationId: job.occupationId }],
    vetoes: [],
  };
}

/** Read for every pair scored: once per job object. */
const jobBands = new WeakMap<JobForMatching, SeniorityBand | undefined>();

function jobBandOf(job: JobForMatching): SeniorityBand | undefined {
  if (jobBands.has(job)) return jobBands.get(job);
  const band = seniorityBandOfTitle(job.title) ?? getOccupation(job.occupationId)?.seniorityBand;
  jobBands.set(job, band);
  return band;
}

function bandIndex(band: SeniorityBand): number {
  return SENIORITY_BANDS.indexOf(band);
}
