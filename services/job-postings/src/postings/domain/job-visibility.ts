import type { JobStatus } from '@vetlink/contracts';
import { actsForOrganisation, Viewer } from '../../shared/viewer';

/**
 * Published jobs (open, and also paused or closed ones a veteran may have applied to) are visible to
 * every signed-in user; a draft only to its own organisation and to officers.
 */
export function canSeeJob(viewer: Viewer, job: { status: JobStatus; employerId: string }): boolean {
  return job.status !== 'draft' || actsForOrganisation(viewer, job.employerId);
}

export interface ListingScope {
  /** Only these statuses; every status when absent. */
  statuses?: readonly JobStatus[];
  /** Leave out drafts (the viewer may not see them). */
  excludeDrafts: boolean;
}

/**
 * The job board shows open jobs unless asked for a status; an organisation listing its own jobs
 * (employerId = its own) sees all of them, drafts included.
 */
export function listingScope(
  viewer: Viewer,
  filter: { status?: JobStatus; employerId?: string },
): ListingScope {
  const ownListing = filter.employerId !== undefined && actsForOrganisation(viewer, filter.employerId);
  const excludeDrafts = !ownListing && viewer.role !== 'officer';
  if (filter.status) return { statuses: [filter.status], excludeDrafts };
  return ownListing ? { excludeDrafts } : { statuses: ['open'], excludeDrafts };
}
