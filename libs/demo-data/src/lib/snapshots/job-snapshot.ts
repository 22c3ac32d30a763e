import type { jobPosted, PayloadOf } from '@vetlink/contracts';
import type { DemoEmployer } from '../employers/generate-employers';
import type { DemoJob } from '../jobs/generate-jobs';

/** The payload of jobs.job-posted: the full snapshot of an open job. */
export type JobPostedSnapshot = PayloadOf<typeof jobPosted>;

export interface JobSnapshotOptions {
  /** Default: the job's deterministic snapshotJobId. */
  jobId?: string;
  /** Default: the job's postedAt. */
  postedAt?: string;
  /** Default true: only verified organisations publish. */
  employerVerified?: boolean;
}

/**
 * What job-postings would announce when the job is published (services/job-postings jobSnapshot),
 * for benchmarks and read models that skip the HTTP API.
 */
export function toJobSnapshot(
  job: DemoJob,
  employer: DemoEmployer,
  options: JobSnapshotOptions = {},
): JobPostedSnapshot {
  if (employer.organisationId !== job.organisationId) {
    throw new Error(`job ${job.key} belongs to ${job.organisationId}, not ${employer.organisationId}`);
  }
  const { body } = job;
  const postedAt = options.postedAt ?? job.postedAt;
  return {
    jobId: options.jobId ?? job.snapshotJobId,
    employerId: employer.organisationId,
    employerName: employer.registration.name,
    employerVerified: options.employerVerified ?? true,
    title: body.title,
    description: body.description,
    occupationId: body.occupationId,
    requiredSkills: body.requiredSkills.map((skill) => ({ ...skill })),
    preferredSkills: body.preferredSkills.map((skill) => ({ ...skill })),
    requiredCertificates: [...body.requiredCertificates],
    education: body.education,
    experienceYears: body.experienceYears,
    location: { ...body.location },
    salary: { ...body.salary },
    employmentType: body.employmentType,
    headcount: body.headcount,
    benefits: [...body.benefits],
    veteransOnly: body.veteransOnly,
    veteranPriority: body.veteranPriority,
    deadline: body.deadline,
    status: 'open',
    postedAt,
    updatedAt: postedAt,
  };
}
