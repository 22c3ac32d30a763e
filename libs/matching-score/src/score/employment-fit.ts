import type { JobEmploymentType } from '@vetlink/contracts';
import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/**
 * How well a job's employment type suits a veteran who wants another (rows: what the veteran wants;
 * columns: what the job offers). Missing pairs are 0. A fixed-term contract is close to full-time;
 * flexible work is close to part-time.
 */
export const EMPLOYMENT_COMPATIBILITY: Readonly<
  Record<JobEmploymentType, Partial<Record<JobEmploymentType, number>>>
> = {
  'full-time': { 'full-time': 1, contract: 0.6 },
  'part-time': { 'part-time': 1, flexible: 0.8, internship: 0.3 },
  contract: { contract: 1, 'full-time': 0.8 },
  internship: { internship: 1, 'part-time': 0.5 },
  flexible: { flexible: 1, 'part-time': 0.8 },
};

/**
 * 1 when the veteran named no type or named this one; otherwise the best compatibility with what they
 * named. None at all is a veto (`employment-type-mismatch`): a veteran who asked for full-time work
 * does not want part-time pushes.
 */
export function employmentFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const employmentType = job.employmentType;
  if (veteran.employmentTypes.length === 0) {
    return { fit: 1, reasons: [], vetoes: [] };
  }
  const fit = employmentCompatibility(veteran.employmentTypes, employmentType);
  if (fit === 0) {
    return {
      fit: 0,
      reasons: [],
      vetoes: [{ kind: 'employment-type-mismatch', polarity: 'veto', employmentType }],
    };
  }
  return {
    fit,
    reasons: [{ kind: 'employment-type', polarity: fit === 1 ? 'match' : 'gap', employmentType }],
    vetoes: [],
  };
}

export function employmentCompatibility(
  wanted: readonly JobEmploymentType[],
  offered: JobEmploymentType,
): number {
  if (wanted.length === 0) return 1;
  return Math.max(0, ...wanted.map((type) => EMPLOYMENT_COMPATIBILITY[type][offered] ?? 0));
}

/** The job types a veteran would take at all: what candidate searches filter on. */
export function acceptableEmploymentTypes(
  wanted: readonly JobEmploymentType[],
): JobEmploymentType[] | undefined {
  if (wanted.length === 0) return undefined;
  const all = Object.keys(EMPLOYMENT_COMPATIBILITY) as JobEmploymentType[];
  return all.filter((offered) => employmentCompatibility(wanted, offered) > 0);
}
