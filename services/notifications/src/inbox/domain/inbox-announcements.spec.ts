import { inboxItemRead, weeklyDigestDelivered } from '@vetlink/contracts';
import {
  announcementId,
  announcementOrigin,
  digestDeliveredPayload,
  isWeeklyDigest,
  itemReadPayload,
} from './inbox-announcements';

const push = {
  _id: 'job-matched-m1',
  userId: 'vet-1',
  type: 'job-matched',
  category: 'job-push',
  jobIds: ['job-1'],
};
const digest = {
  _id: 'weekly-digest-d1',
  userId: 'vet-1',
  type: 'weekly-digest',
  category: 'weekly-digest',
  jobIds: ['job-1', 'job-2', 'job-1'],
};
const at = new Date('2026-12-07T01:30:00.000Z');

describe('inbox announcements', () => {
  it('names one claim per kind and notification', () => {
    expect(announcementId('read', push._id)).toBe('read|job-matched-m1');
    expect(announcementId('digest-delivered', digest._id)).not.toBe(announcementId('read', digest._id));
  });

  it('gives one event id per notification and kind, whoever announces and when', () => {
    const first = announcementOrigin('read', push._id, { producer: 'notifications' });
    const again = announcementOrigin('read', push._id, { producer: 'notifications', occurredAt: at });
    expect(first.eventId).toBe(again.eventId);
    expect(announcementOrigin('read', 'other', { producer: 'n' }).eventId).not.toBe(first.eventId);
    expect(announcementOrigin('digest-delivered', push._id, { producer: 'n' }).eventId).not.toBe(
      first.eventId,
    );
  });

  it('makes payloads the contracts accept, the job ids once each, no text', () => {
    const read = inboxItemRead.payload.parse(itemReadPayload(push, at));
    expect(read).toEqual({
      notificationId: 'job-matched-m1',
      userId: 'vet-1',
      type: 'job-matched',
      category: 'job-push',
      jobIds: ['job-1'],
      readAt: '2026-12-07T01:30:00.000Z',
    });
    const delivered = weeklyDigestDelivered.payload.parse(digestDeliveredPayload(digest, at));
    expect(delivered.jobIds).toEqual(['job-1', 'job-2']);
    expect(itemReadPayload({ ...push, jobIds: undefined }, at).jobIds).toEqual([]);
  });

  it("names the digest's place (the veteran's home city and district) when the item keeps one", () => {
    const placed = { ...digest, cityId: 'xuzhou', districtId: 'xuzhou-gulou' };
    expect(weeklyDigestDelivered.payload.parse(digestDeliveredPayload(placed, at))).toMatchObject({
      cityId: 'xuzhou',
      districtId: 'xuzhou-gulou',
    });
    expect(inboxItemRead.payload.parse(itemReadPayload(placed, at))).toMatchObject({
      cityId: 'xuzhou',
      districtId: 'xuzhou-gulou',
    });
    const cityOnly = itemReadPayload({ ...digest, cityId: 'xuzhou' }, at);
    expect(cityOnly.cityId).toBe('xuzhou');
    expect('districtId' in cityOnly).toBe(false);
  });

  it('announces the arrival of weekly digests only', () => {
    expect(isWeeklyDigest(digest)).toBe(true);
    expect(isWeeklyDigest(push)).toBe(false);
  });
});
