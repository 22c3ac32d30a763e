import { InvalidStateError } from '@vetlink/http';
import { Job, JobDetails } from './job';
import { assertEditable } from './job-lifecycle';
import { sameValue } from './same-value';

export type JobDetailsChanges = Partial<JobDetails>;

/** A problem with details that only shows when fields are seen together (the edge checks each field). */
export interface DetailProblem {
  field: string;
  message: string;
}

/** The fields of `proposed` that really differ from the job: an edit that changes nothing writes nothing. */
export function effectiveChanges(job: JobDetails, proposed: JobDetailsChanges): JobDetailsChanges {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(proposed)) {
    if (value !== undefined && !sameValue(value, job[field as keyof JobDetails])) changes[field] = value;
  }
  return changes as JobDetailsChanges;
}

/** A skill is either required or preferred, not both. */
export function detailProblems(
  details: Pick<JobDetails, 'requiredSkills' | 'preferredSkills'>,
): DetailProblem[] {
  const required = new Set(details.requiredSkills.map((skill) => skill.skillId));
  return details.preferredSkills.flatMap((skill, index) =>
    required.has(skill.skillId)
      ? [
          {
            field: `preferredSkills.${index}.skillId`,
            message: `${skill.skillId} is already a required skill`,
          },
        ]
      : [],
  );
}

/**
 * Checks an edit against the job's state: only drafts and live jobs change, and a live job keeps at
 * least one opening beyond those already hired (to stop hiring, close it instead).
 */
export function assertChangesAllowed(job: Job, changes: JobDetailsChanges): void {
  assertEditable(job.status);
  if (changes.headcount !== undefined && job.status !== 'draft' && changes.headcount <= job.hiredCount) {
    throw new InvalidStateError(
      `the job is ${job.status} with ${job.hiredCount} hired: headcount must stay above that (close the job to stop hiring)`,
    );
  }
}
