import { jobMatched } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { UnreadCountCache } from '../src/inbox/unread-count-cache';
import { AppHarness, startApp } from './support/app-harness';
import { freshMatch, newVeteranId } from './support/fixtures';

describe('the unread count, cached in the real Redis beside the inbox (real Kafka, FerretDB, Redis)', () => {
  let harness: AppHarness;
  let cache: UnreadCountCache;

  beforeAll(async () => {
    harness = await startApp();
    cache = harness.app.get(UnreadCountCache);
  });

  afterAll(async () => {
    await harness.close();
  });

  const unread = async (userId: string) =>
    (await harness.http().get('/inbox/unread-count').set('authorization', harness.bearer(userId)).expect(200))
      .body.unread as number;

  it('follows every change of the unread set although a count is cached', async () => {
    const veteranId = newVeteranId();
    expect(await unread(veteranId)).toBe(0);
    expect((await cache.read(veteranId))?.count).toBe(0);

    await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now()));
    await waitFor(async () => ((await unread(veteranId)) === 1 ? true : undefined), { what: 'one unread' });
    const [item] = (await harness.inbox(veteranId)).items as { notificationId: string }[];
    expect(await unread(veteranId)).toBe(1);

    await harness
      .http()
      .post(`/inbox/${item?.notificationId}/read`)
      .set('authorization', harness.bearer(veteranId))
      .expect(200);
    expect(await unread(veteranId)).toBe(0);
  });

  it('never stores a count read before a change that came after the read', async () => {
    const veteranId = newVeteranId();
    const before = await cache.read(veteranId);
    expect(before).toEqual({ version: '' });
    // A delivery lands between this reader's database read (0) and its store.
    await cache.invalidate([veteranId]);
    await cache.fill(veteranId, before?.version ?? '', 0);
    expect((await cache.read(veteranId))?.count).toBeUndefined();
    // A reader that saw the current version stores its count.
    const now = await cache.read(veteranId);
    await cache.fill(veteranId, now?.version ?? '', 4);
    expect((await cache.read(veteranId))?.count).toBe(4);
  });
});
