import { JOB_MATERIAL_FIELDS } from '@vetlink/contracts';
import { createHash } from 'node:crypto';
import type { JobForMatching } from '../inputs/match-inputs';

/**
 * The fields of a job that a match depends on (JOB_MATERIAL_FIELDS, the same that job-postings uses for
 * `materialChange`): when one of them changes, the job may be pushed again to a veteran who had it.
 */
export const MATERIAL_FIELDS = JOB_MATERIAL_FIELDS satisfies readonly (keyof JobForMatching)[];

export type MaterialFields = Pick<JobForMatching, (typeof MATERIAL_FIELDS)[number]>;

/**
 * A hash of the material fields, independent of the order of lists and of object keys, so that the
 * same job content always gives the same fingerprint (32 hex characters of SHA-256).
 */
export function jobFingerprint(job: MaterialFields): string {
  const bySkill = (a: { skillId: string }, b: { skillId: string }) => a.skillId.localeCompare(b.skillId);
  const canonical = {
    title: job.title.trim(),
    occupationId: job.occupationId,
    requiredSkills: [...job.requiredSkills].sort(bySkill).map(({ skillId, level }) => [skillId, level]),
    preferredSkills: [...job.preferredSkills].sort(bySkill).map(({ skillId, level }) => [skillId, level]),
    requiredCertificates: [...job.requiredCertificates].sort(),
    // Only when there are some: a job without typed skills keeps the fingerprint it always had.
    ...(job.skillTexts?.length ? { skillTexts: [...job.skillTexts].sort() } : {}),
    location: [job.location.cityId, job.location.districtId, job.location.lat, job.location.lng],
    salary: [job.salary.min, job.salary.max],
    employmentType: job.employmentType,
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}

/** Stable for one veteran, job and job version, so a repeated delivery carries the same id. */
export function matchIdOf(veteranId: string, jobId: string, fingerprint: string): string {
  return createHash('sha256')
    .update(`${veteranId}\u0000${jobId}\u0000${fingerprint}`)
    .digest('hex')
    .slice(0, 32);
}
