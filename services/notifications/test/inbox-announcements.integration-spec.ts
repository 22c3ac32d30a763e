import { jobMatched, weeklyDigestReady, WeeklyDigestReadyPayload } from '@vetlink/contracts';
import type { CollectedEvent } from '@vetlink/testing';
import { waitFor } from '@vetlink/testing';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { AppHarness, startApp } from './support/app-harness';
import { freshMatch, newVeteranId } from './support/fixtures';

const ITEM_READ = 'notifications.inbox-item-read';
const DIGEST_DELIVERED = 'notifications.weekly-digest-delivered';

/** A digest of one job not pushed before, as recommendations sends it. */
function digestOf(veteranId: string): WeeklyDigestReadyPayload {
  const pushed = freshMatch(veteranId, new Date(), { jobId: 'job-digest-only', title: '夜班叉车司机' });
  return {
    digestId: `2026-W49-${veteranId}`,
    veteranId,
    cityId: 'xuzhou',
    districtId: 'xuzhou-gulou',
    week: '2026-W49',
    weekOf: '2026-11-30',
    since: '2026-11-23T01:00:00.000Z',
    until: '2026-11-30T01:00:00.000Z',
    jobs: [
      {
        jobId: pushed.jobId,
        jobFingerprint: pushed.jobFingerprint,
        score: 72,
        headline: { zh: '夜班叉车司机 — 匹配度 72 分', en: 'Night forklift driver — 72% match' },
        reasons: pushed.reasons.slice(0, 2),
        job: pushed.job,
      },
    ],
    preparedAt: '2026-11-30T01:00:05.000Z',
  };
}

describe('an inbox item read for the first time, a digest delivered: announced once (real Kafka, FerretDB, Redis)', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  const inbox = (userId: string) => harness.inbox(userId);
  const read = (userId: string, notificationId: string) =>
    harness
      .http()
      .post(`/inbox/${notificationId}/read`)
      .set('authorization', harness.bearer(userId))
      .expect(200);
  const announced = (type: string, notificationId: string) =>
    harness.events
      .ofType(type)
      .filter((event: CollectedEvent) => event.envelope.payload.notificationId === notificationId);
  /** Waits for the first announcement, then long enough for a second one to have shown up. */
  const settledAnnouncements = async (type: string, notificationId: string) => {
    await harness.events.waitFor(
      (event) => event.envelope?.type === type && event.envelope.payload.notificationId === notificationId,
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    return announced(type, notificationId);
  };
  const pushedItem = async (veteranId: string) => {
    const match = freshMatch(veteranId, harness.clock.now());
    await harness.publish(jobMatched, match);
    await waitFor(async () => ((await inbox(veteranId)).items.length === 1 ? true : undefined), {
      what: 'the push in the inbox',
    });
    return { match, notificationId: notificationIdOf('job-matched', match.matchId) };
  };

  it('announces the first read of a push once, with its job and category, however often it is read', async () => {
    const veteranId = newVeteranId();
    const { match, notificationId } = await pushedItem(veteranId);
    const first = await read(veteranId, notificationId);
    await read(veteranId, notificationId);
    const events = await settledAnnouncements(ITEM_READ, notificationId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      key: veteranId,
      envelope: {
        type: ITEM_READ,
        payload: {
          notificationId,
          userId: veteranId,
          type: 'job-matched',
          category: 'job-push',
          jobIds: [match.jobId],
          readAt: first.body.readAt,
        },
      },
    });
  });

  it('announces one read when eight requests read the same item at once', async () => {
    const veteranId = newVeteranId();
    const { notificationId } = await pushedItem(veteranId);
    await Promise.all(Array.from({ length: 8 }, () => read(veteranId, notificationId)));
    const events = await settledAnnouncements(ITEM_READ, notificationId);
    expect(new Set(events.map((event) => event.envelope.eventId)).size).toBe(1);
    expect(events).toHaveLength(1);
    expect((await inbox(veteranId)).items[0].readAt).not.toBeNull();
  });

  it('announces nothing when the whole inbox is marked read (not an opening)', async () => {
    const veteranId = newVeteranId();
    const { notificationId } = await pushedItem(veteranId);
    await harness
      .http()
      .post('/inbox/read-all')
      .set('authorization', harness.bearer(veteranId))
      .expect(200, { marked: 1 });
    await read(veteranId, notificationId);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(announced(ITEM_READ, notificationId)).toEqual([]);
  });

  it("announces a weekly digest's delivery once however often the digest is sent, then its first read, both in the veteran's city and district", async () => {
    const veteranId = newVeteranId();
    const digest = digestOf(veteranId);
    const envelope = await harness.publish(weeklyDigestReady, digest);
    await harness.publishEnvelope(weeklyDigestReady, envelope);
    await harness.publish(weeklyDigestReady, digest);
    const notificationId = notificationIdOf('weekly-digest', digest.digestId);
    const delivered = await settledAnnouncements(DIGEST_DELIVERED, notificationId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      key: veteranId,
      envelope: {
        payload: {
          userId: veteranId,
          category: 'weekly-digest',
          jobIds: ['job-digest-only'],
          cityId: 'xuzhou',
          districtId: 'xuzhou-gulou',
        },
      },
    });
    const item = (await inbox(veteranId)).items[0];
    expect(delivered[0].envelope.payload.deliveredAt).toBe(item.deliveredAt);

    await read(veteranId, notificationId);
    const opened = await settledAnnouncements(ITEM_READ, notificationId);
    expect(opened).toHaveLength(1);
    expect(opened[0].envelope.payload).toMatchObject({
      category: 'weekly-digest',
      jobIds: ['job-digest-only'],
      cityId: 'xuzhou',
      districtId: 'xuzhou-gulou',
    });
  });
});
