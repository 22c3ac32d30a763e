import { ForbiddenError, InvalidStateError } from '@vetlink/http';
import { Job } from './job';
import { nextJobStatus } from './job-lifecycle';

export interface PublishingEmployer {
  id: string;
  verified: boolean;
}

/**
 * What publishing a draft changes. Only a bureau-verified organisation goes live (drafting is open to
 * all), and never with a deadline already behind it.
 */
export function publication(job: Job, employer: PublishingEmployer, now: Date) {
  const status = nextJobStatus(job.status, 'publish');
  if (!employer.verified) {
    throw new ForbiddenError(
      `organisation ${employer.id} is not verified by the bureau yet: it can draft jobs but not publish them`,
    );
  }
  if (job.deadline.getTime() <= now.getTime()) {
    throw new InvalidStateError(
      `the application deadline ${job.deadline.toISOString()} has passed: set a later deadline before publishing`,
    );
  }
  return { status, postedAt: now, listedAt: now };
}
