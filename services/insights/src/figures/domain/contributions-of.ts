import type {
  applicationSubmitted,
  jobClosed,
  JobMatchedPayload,
  jobPosted,
  PayloadOf,
  veteranHired,
} from '@vetlink/contracts';
import { counted, type Contribution } from './contribution';

type JobPostedPayload = PayloadOf<typeof jobPosted>;
type JobClosedPayload = PayloadOf<typeof jobClosed>;
type ApplicationSubmittedPayload = PayloadOf<typeof applicationSubmitted>;
type VeteranHiredPayload = PayloadOf<typeof veteranHired>;

const HOUR_MS = 3600_000;

/** Each figure counts an event on the day it happened (its own time, not when it arrived). */
export function postedContributions(job: JobPostedPayload): Contribution[] {
  const place = job.location;
  return [
    counted('positions-posted', job.postedAt, place),
    ...(job.veteransOnly ? [counted('positions-posted-veterans-only', job.postedAt, place)] : []),
    ...(job.veteranPriority ? [counted('positions-posted-veteran-priority', job.postedAt, place)] : []),
  ];
}

export function closedContributions(closed: JobClosedPayload): Contribution[] {
  return [
    counted('positions-closed', closed.closedAt, closed),
    ...(closed.reason === 'filled' ? [counted('positions-filled', closed.closedAt, closed)] : []),
  ];
}

export function applicationContributions(application: ApplicationSubmittedPayload): Contribution[] {
  return [counted('applications', application.submittedAt, application)];
}

export function hireContributions(hire: VeteranHiredPayload): Contribution[] {
  const contributions = [counted('hires', hire.hiredAt, hire)];
  if (hire.jobPostedAt) {
    const hours = Math.max(
      0,
      Math.round((Date.parse(hire.hiredAt) - Date.parse(hire.jobPostedAt)) / HOUR_MS),
    );
    contributions.push(counted('posting-to-hire-hours', hire.hiredAt, hire, hours));
    contributions.push(counted('hires-timed', hire.hiredAt, hire));
  }
  return contributions;
}

export function pushContributions(match: JobMatchedPayload): Contribution[] {
  return [counted('job-pushes', match.matchedAt, match.job)];
}
