import { applicationSubmitted, jobTold } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { event } from './job-events';

/**
 * Applied after told, on days 160–162 of a test's month, for one Suzhou job and five veterans:
 * A told by push on day 160 and applied on 161 (sent in that order); B applied on 161 and its push of day
 * 160 arrives late, after the application was counted; C applied, never told; D applied on 161 and was
 * pushed on 162 (after applying); E told in the weekly digest on 160, applied on 161.
 */
export function engagementStory(day: (offset: number) => string) {
  const jobId = uniqueName('job');
  const at = (offset: number) => `${day(offset)}T02:00:00.000Z`;
  const veteran = (name: string) => uniqueName(`veteran-${name}`);
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(veteran);
  const applied = (veteranId: string) =>
    event(applicationSubmitted, {
      applicationId: uniqueName('application'),
      jobId,
      employerId: 'employer-engagement',
      veteranId,
      jobTitle: '仓储管理员',
      submittedAt: at(161),
      cityId: 'suzhou',
      districtId: 'suzhou-gusu',
    });
  const told = (veteranId: string, via: 'push' | 'digest', offset: number) =>
    event(jobTold, {
      veteranId,
      jobId,
      jobFingerprint: 'fingerprint-1',
      via,
      notificationId: uniqueName(`notification-${via}`),
      toldAt: at(offset),
    });
  return {
    /** Sent first: A's push then its application, the applications of B, C and D. */
    first: [told(a, 'push', 160), applied(a), applied(b), applied(c), applied(d)],
    /** Sent once the first are counted: B's push of day 160 (late), D's push after it applied, E's digest and application. */
    late: [told(b, 'push', 160), told(d, 'push', 162), told(e, 'digest', 160), applied(e)],
  };
}
