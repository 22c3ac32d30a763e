import {
  createEvent,
  jobPosted,
  employerRegistered,
  employerVerified,
  EventEnvelope,
  inboxItemRead,
  nameBasedEventId,
  weeklyDigestDelivered,
} from '@vetlink/contracts';
import { forkliftJobPosted } from '@vetlink/matching-score/testing';
import { uniqueName } from '@vetlink/testing';
import { event } from './job-events';

/** Any v5 namespace: the test's name-based ids stand for those job-postings and notifications make. */
const NAMESPACE = '0b8f7c1e-3a52-4d8e-9f61-2c4b7a9e5d10';

/** The same event published twice under its one name-based id, as a concurrent producer does. */
function twice(envelope: EventEnvelope, topic: string) {
  return [
    { topic, envelope },
    {
      topic,
      envelope: { ...envelope, occurredAt: new Date(Date.parse(envelope.occurredAt) + 1000).toISOString() },
    },
  ];
}

/**
 * The job side's people on days 150–152 of a test's month: two organisations registered (Xuzhou,
 * Nanjing), the Xuzhou one verified (sent twice under one id); a veteran's weekly digest delivered
 * (twice, one id), opened, a push of a Xuzhou job opened (its job's posting comes apart: `posting`, sent
 * late), a push of a job insights never hears of opened (not counted), a loan notice opened (counts nothing).
 */
export function jobSideStory(day: (offset: number) => string) {
  const at = (offset: number) => `${day(offset)}T02:00:00.000Z`;
  const organisation = (cityId: string) => ({
    organisationId: uniqueName('org'),
    name: `${cityId} 汇通物流有限公司`,
    industry: 'logistics',
    cityId,
  });
  const xuzhou = organisation('xuzhou');
  const nanjing = organisation('nanjing');
  const veteranId = uniqueName('veteran');
  const digestId = uniqueName('weekly-digest');
  const item = (notificationId: string, type: string, category: string, jobIds: string[]) => ({
    notificationId,
    userId: veteranId,
    type,
    category,
    jobIds,
  });
  const digest = item(digestId, 'weekly-digest', 'weekly-digest', ['job-1', 'job-2']);
  const pushedJobId = uniqueName('job');
  const posting = event(
    jobPosted,
    forkliftJobPosted(pushedJobId, {
      location: {
        cityId: 'xuzhou',
        districtId: 'xuzhou-gulou',
        address: '中山北路',
        lat: 34.27,
        lng: 117.18,
      },
      postedAt: at(150),
    }),
  );
  const verified = createEvent(
    employerVerified,
    { ...xuzhou, verifiedBy: 'officer-1', verifiedAt: at(151) },
    { producer: 'it-tests', eventId: nameBasedEventId(NAMESPACE, xuzhou.organisationId) },
  ) as EventEnvelope;
  const delivered = createEvent(
    weeklyDigestDelivered,
    { ...digest, deliveredAt: at(151) },
    { producer: 'it-tests', eventId: nameBasedEventId(NAMESPACE, digestId) },
  ) as EventEnvelope;
  const events = [
    event(employerRegistered, { ...xuzhou, registeredAt: at(150) }),
    event(employerRegistered, { ...nanjing, registeredAt: at(150) }),
    ...twice(verified, employerVerified.topic),
    ...twice(delivered, weeklyDigestDelivered.topic),
    event(inboxItemRead, { ...digest, readAt: at(152) }),
    event(inboxItemRead, {
      ...item(uniqueName('job-matched'), 'job-matched', 'job-push', [pushedJobId]),
      readAt: at(152),
    }),
    event(inboxItemRead, {
      ...item(uniqueName('job-matched'), 'job-matched', 'job-push', [uniqueName('job-never-posted')]),
      readAt: at(152),
    }),
    event(inboxItemRead, {
      ...item(uniqueName('loan-decided'), 'loan-decided', 'loans', []),
      readAt: at(152),
    }),
  ];
  return { events, posting };
}
