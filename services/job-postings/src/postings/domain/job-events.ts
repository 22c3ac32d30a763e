import type { JobCloseReason, jobClosed, jobPosted, jobUpdated, PayloadOf } from '@vetlink/contracts';
import { Job, JobDetails, SkillRequirement } from './job';
import { isMaterialChange } from './material-change';

/** What the snapshot says about the employer, as known when the event is made. */
export interface SnapshotEmployer {
  name: string;
  verified: boolean;
}

type JobPostedPayload = PayloadOf<typeof jobPosted>;
type JobUpdatedPayload = PayloadOf<typeof jobUpdated>;
type JobClosedPayload = PayloadOf<typeof jobClosed>;
type JobSnapshot = Omit<JobUpdatedPayload, 'status' | 'materialChange'>;

export function jobPostedPayload(job: Job, employer: SnapshotEmployer): JobPostedPayload {
  if (job.status !== 'open') throw new Error(`job ${job.id} is ${job.status}: only an open job is posted`);
  return { ...jobSnapshot(job, employer), status: job.status };
}

/** The snapshot after a change to a published job, flagged when the change matters to matching. */
export function jobUpdatedPayload(
  before: JobDetails,
  after: Job,
  employer: SnapshotEmployer,
): JobUpdatedPayload {
  if (after.status !== 'open' && after.status !== 'paused') {
    throw new Error(`job ${after.id} is ${after.status}: updates are published only for open or paused jobs`);
  }
  return {
    ...jobSnapshot(after, employer),
    status: after.status,
    materialChange: isMaterialChange(before, after),
  };
}

export function jobClosedPayload(
  job: Pick<Job, 'id' | 'employerId' | 'location'>,
  reason: JobCloseReason,
  closedAt: Date,
): JobClosedPayload {
  return {
    jobId: job.id,
    employerId: job.employerId,
    reason,
    closedAt: closedAt.toISOString(),
    cityId: job.location.cityId,
    districtId: job.location.districtId,
  };
}

/** Everything matching needs to keep its own copy of the job, copied field by field (nothing internal leaks). */
function jobSnapshot(job: Job, employer: SnapshotEmployer): JobSnapshot {
  if (!job.postedAt) throw new Error(`job ${job.id} was never published: it has no snapshot`);
  const { location, salary } = job;
  return {
    jobId: job.id,
    employerId: job.employerId,
    employerName: employer.name,
    employerVerified: employer.verified,
    title: job.title,
    description: job.description,
    occupationId: job.occupationId,
    requiredSkills: job.requiredSkills.map(copySkill),
    preferredSkills: job.preferredSkills.map(copySkill),
    requiredCertificates: [...job.requiredCertificates],
    ...(job.skillTexts?.length ? { skillTexts: [...job.skillTexts] } : {}),
    education: job.education,
    experienceYears: job.experienceYears,
    location: {
      cityId: location.cityId,
      districtId: location.districtId,
      address: location.address,
      lat: location.lat,
      lng: location.lng,
    },
    salary: { min: salary.min, max: salary.max },
    employmentType: job.employmentType,
    headcount: job.headcount,
    benefits: [...job.benefits],
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
    deadline: job.deadline.toISOString(),
    postedAt: job.postedAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

function copySkill(skill: SkillRequirement): SkillRequirement {
  return { skillId: skill.skillId, level: skill.level };
}
