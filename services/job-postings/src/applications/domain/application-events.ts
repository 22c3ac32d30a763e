import type {
  ApplicationActor,
  applicationStageChanged,
  applicationSubmitted,
  PayloadOf,
  veteranHired,
} from '@vetlink/contracts';
import type { Job } from '../../postings/domain/job';
import { Application } from './application';

export function applicationSubmittedPayload(
  application: Application,
  job: Pick<Job, 'location'>,
): PayloadOf<typeof applicationSubmitted> {
  return {
    applicationId: application.id,
    jobId: application.jobId,
    employerId: application.employerId,
    veteranId: application.veteranId,
    jobTitle: application.jobTitle,
    submittedAt: application.submittedAt.toISOString(),
    cityId: job.location.cityId,
    districtId: job.location.districtId,
  };
}

export function stageChangedPayload(
  application: Application,
  change: { to: Application['stage']; by: ApplicationActor; at: Date },
): PayloadOf<typeof applicationStageChanged> {
  return {
    applicationId: application.id,
    jobId: application.jobId,
    employerId: application.employerId,
    veteranId: application.veteranId,
    from: application.stage,
    to: change.to,
    changedBy: change.by,
    changedAt: change.at.toISOString(),
  };
}

/** The employment outcome as the bureau counts it: who, where, what kind of work, at what pay. */
export function veteranHiredPayload(
  application: Application,
  job: Job,
  hiredAt: Date,
): PayloadOf<typeof veteranHired> {
  return {
    applicationId: application.id,
    jobId: job.id,
    employerId: job.employerId,
    employerName: job.employerName,
    veteranId: application.veteranId,
    jobTitle: job.title,
    occupationId: job.occupationId,
    employmentType: job.employmentType,
    cityId: job.location.cityId,
    districtId: job.location.districtId,
    salary: { min: job.salary.min, max: job.salary.max },
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
    hiredAt: hiredAt.toISOString(),
    ...(job.postedAt ? { jobPostedAt: job.postedAt.toISOString() } : {}),
  };
}
