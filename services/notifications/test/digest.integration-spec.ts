import { jobMatched, weeklyDigestReady, WeeklyDigestReadyPayload } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { AppHarness, startApp } from './support/app-harness';
import { freshMatch, newVeteranId } from './support/fixtures';

/** A digest as recommendations sends it: two jobs, the first the one of freshMatch (same id and fingerprint). */
function digestFor(veteranId: string): WeeklyDigestReadyPayload {
  const pushed = freshMatch(veteranId, new Date());
  const pick = (jobId: string, jobFingerprint: string, title: string) => ({
    jobId,
    jobFingerprint,
    score: 72,
    headline: {
      zh: `${title} · 南京顺达物流有限公司 — 匹配度 72 分`,
      en: `${title} at 南京顺达物流有限公司 — 72% match`,
    },
    reasons: pushed.reasons.slice(0, 2),
    job: { ...pushed.job, title },
  });
  return {
    digestId: `2026-W48-${veteranId}`,
    veteranId,
    week: '2026-W48',
    weekOf: '2026-11-23',
    since: '2026-11-16T01:00:00.000Z',
    until: '2026-11-23T01:00:00.000Z',
    jobs: [
      pick(pushed.jobId, pushed.jobFingerprint, pushed.job.title),
      pick('job-night-shift', 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', '夜班叉车司机'),
    ],
    preparedAt: '2026-11-23T01:00:05.000Z',
  };
}

describe('the weekly digest becomes one inbox item (real Kafka, FerretDB, Redis)', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  const inbox = (userId: string) => harness.inbox(userId);

  it("lists the week's jobs once, leaves out a job pushed meanwhile, and records the rest as told by the digest", async () => {
    const veteranId = newVeteranId();
    await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now()));
    await waitFor(async () => ((await inbox(veteranId)).items.length === 1 ? true : undefined), {
      what: 'the push',
    });

    const digest = digestFor(veteranId);
    const envelope = await harness.publish(weeklyDigestReady, digest);
    await harness.publishEnvelope(weeklyDigestReady, envelope);
    const page = await waitFor(
      async () => {
        const current = await inbox(veteranId);
        return current.items.length >= 2 ? current : undefined;
      },
      { what: 'the digest in the inbox' },
    );
    expect(page.items).toHaveLength(2);
    const item = page.items.find((candidate: { type: string }) => candidate.type === 'weekly-digest');
    expect(item).toMatchObject({ category: 'weekly-digest', title: '本周精选岗位（1 个）' });
    expect(item.body).toContain('夜班叉车司机');
    expect(item.body).not.toContain('仓储物流主管');

    const toldEvents = await harness.events.waitFor(
      (event) => event.envelope.payload.veteranId === veteranId,
      2,
    );
    const byDigest = toldEvents.filter((event) => event.envelope.payload.via === 'digest');
    expect(byDigest.map((event) => event.envelope.payload.jobId)).toEqual(['job-night-shift']);
    expect(byDigest[0].envelope.payload.notificationId).toBe(
      notificationIdOf('weekly-digest', digest.digestId),
    );
  });

  it('sends nothing when every job of the digest was pushed already', async () => {
    const veteranId = newVeteranId();
    await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now()));
    // The push and the digest travel on two topics, in no order between them: the push first, as
    // "pushed already" says, then the digest, handled before the inbox is read.
    await waitFor(async () => ((await inbox(veteranId)).items.length === 1 ? true : undefined), {
      what: 'the push',
    });
    const digest = { ...digestFor(veteranId), jobs: digestFor(veteranId).jobs.slice(0, 1) };
    await harness.handled(await harness.publish(weeklyDigestReady, digest));
    await harness.publish(
      jobMatched,
      freshMatch(veteranId, harness.clock.now(), { jobId: 'job-sentinel', title: '安保主管' }),
    );
    const page = await waitFor(
      async () => {
        const current = await inbox(veteranId);
        return current.items.length >= 2 ? current : undefined;
      },
      { what: 'the sentinel push' },
    );
    expect(page.items.map((candidate: { type: string }) => candidate.type)).toEqual([
      'job-matched',
      'job-matched',
    ]);
  });
});
