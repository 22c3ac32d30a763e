import { inboxItemRead, weeklyDigestDelivered } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { event } from './job-events';

/**
 * Weekly digests by the veteran's home on days 170–172 of a test's month, as notifications announces them
 * (the place recommendations named when composing each digest): a Nanjing veteran's digest (district
 * nanjing-gulou) delivered and opened, a Xuzhou veteran's delivered and not opened, and one composed
 * before digests named a place, delivered and opened (under unknown).
 */
export function digestPlaceStory(day: (offset: number) => string) {
  const at = (offset: number) => `${day(offset)}T02:00:00.000Z`;
  const digest = (place: { cityId?: string; districtId?: string }) => ({
    notificationId: uniqueName('weekly-digest'),
    userId: uniqueName('veteran'),
    type: 'weekly-digest',
    category: 'weekly-digest',
    jobIds: ['job-1', 'job-2'],
    ...place,
  });
  const nanjing = digest({ cityId: 'nanjing', districtId: 'nanjing-gulou' });
  const xuzhou = digest({ cityId: 'xuzhou' });
  const placeless = digest({});
  return [
    event(weeklyDigestDelivered, { ...nanjing, deliveredAt: at(170) }),
    event(inboxItemRead, { ...nanjing, readAt: at(171) }),
    event(weeklyDigestDelivered, { ...xuzhou, deliveredAt: at(170) }),
    event(weeklyDigestDelivered, { ...placeless, deliveredAt: at(171) }),
    event(inboxItemRead, { ...placeless, readAt: at(172) }),
  ];
}
