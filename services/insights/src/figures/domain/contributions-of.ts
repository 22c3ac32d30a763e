import type {
  applicationSubmitted,
  employerRegistered,
  employerVerified,
  InboxItemReadPayload,
  WeeklyDigestDeliveredPayload,
  jobClosed,
  JobMatchedPayload,
  jobPosted,
  PayloadOf,
  veteranHired,
} from '@vetlink/contracts';
import { counted, type Contribution, type Place } from './contribution';
import type { FigureId } from './figures';

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

export function employerRegisteredContributions(
  employer: PayloadOf<typeof employerRegistered>,
): Contribution[] {
  return [counted('employers-registered', employer.registeredAt, { cityId: employer.cityId })];
}

export function employerVerifiedContributions(employer: PayloadOf<typeof employerVerified>): Contribution[] {
  return [counted('employers-verified', employer.verifiedAt, { cityId: employer.cityId })];
}

/** The inbox categories whose first opening the bureau counts. */
const OPENED_FIGURE_OF: Record<string, FigureId> = {
  'job-push': 'job-pushes-opened',
  'weekly-digest': 'weekly-digests-opened',
};

/**
 * The job a push opened is about, when its place must come from the job's own event: a push whose event
 * names no city (notifications does not know it) is counted in its job's place by a join
 * (domain/push-opened-place.ts), not here.
 */
export function jobToPlace(read: InboxItemReadPayload): string | undefined {
  return read.category === 'job-push' && !read.cityId ? read.jobIds[0] : undefined;
}

/** The place an inbox event names (a digest: the veteran's home), a district only with its city. */
function placeNamed(item: { cityId?: string; districtId?: string }): Place {
  return item.cityId ? { cityId: item.cityId, districtId: item.districtId } : {};
}

/**
 * A first opening of a push or a digest; other notices opened count nothing. The city and district are
 * the event's when it names them (a digest names the veteran's home); a push without one is left to the
 * join with its job (`jobToPlace`); a digest from before digests named the place is kept under `unknown`.
 */
export function inboxReadContributions(read: InboxItemReadPayload): Contribution[] {
  const figure = OPENED_FIGURE_OF[read.category];
  if (!figure || jobToPlace(read)) return [];
  return [counted(figure, read.readAt, placeNamed(read))];
}

export function digestDeliveredContributions(digest: WeeklyDigestDeliveredPayload): Contribution[] {
  return [counted('weekly-digests-sent', digest.deliveredAt, placeNamed(digest))];
}
