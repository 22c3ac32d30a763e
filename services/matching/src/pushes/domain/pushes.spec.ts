import { jobMatched } from '@vetlink/contracts';
import { driverVeteran, forkliftJob, NOW, truckJob } from '@vetlink/matching-score/testing';
import { scoreMatch, jobFingerprint, matchIdOf } from '@vetlink/matching-score';
import { jobMatchedPayload } from './job-matched-payload';
import { isOpenTo, isPushable } from './push-decision';

describe('job fingerprint', () => {
  it('is stable and ignores the order of lists', () => {
    const job = truckJob();
    const reordered = truckJob({
      requiredSkills: [...job.requiredSkills].reverse(),
      requiredCertificates: [...job.requiredCertificates].reverse(),
    });
    expect(jobFingerprint(job)).toBe(jobFingerprint(reordered));
    expect(jobFingerprint(job)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with every material field', () => {
    const base = jobFingerprint(truckJob());
    const changes = [
      { title: '重卡司机' },
      { occupationId: 'tractor-trailer-driver' },
      { requiredSkills: [{ skillId: 'heavy-truck-driving', level: 4 }] },
      { preferredSkills: [] },
      { requiredCertificates: ['driving-licence-b2'] },
      { location: { ...truckJob().location, lat: 31.9 } },
      { salary: { min: 6000, max: 9000 } },
      { employmentType: 'contract' as const },
      { veteransOnly: true },
      { veteranPriority: false },
      { skillTexts: ['甩挂运输'] },
    ];
    for (const change of changes) expect(jobFingerprint(truckJob(change))).not.toBe(base);
  });

  it('stays what it was for a job without typed skills, and ignores their order', () => {
    expect(jobFingerprint(truckJob({ skillTexts: [] }))).toBe(jobFingerprint(truckJob()));
    expect(jobFingerprint(truckJob({ skillTexts: ['甩挂运输', '冷链配送'] }))).toBe(
      jobFingerprint(truckJob({ skillTexts: ['冷链配送', '甩挂运输'] })),
    );
  });

  it('does not change with what does not move a match', () => {
    const base = jobFingerprint(truckJob());
    expect(
      jobFingerprint(
        truckJob({
          deadline: '2027-01-31T00:00:00Z',
          postedAt: '2026-10-01T00:00:00Z',
          employerName: '新名字',
        }),
      ),
    ).toBe(base);
    expect(jobFingerprint(truckJob({ title: ' 货车司机 ' }))).toBe(base);
  });
});

describe('push decision', () => {
  it('a batch may push a pair nobody claimed, and none that another batch claimed', () => {
    expect(isOpenTo('event-2', null)).toBe(true);
    expect(isOpenTo('event-2', { batchId: 'event-1' })).toBe(false);
  });

  it('a batch handled again after a crash still pushes what it had claimed itself', () => {
    expect(isOpenTo('event-1', { batchId: 'event-1' })).toBe(true);
  });

  it('pushes only fresh events about jobs still taking applications', () => {
    const now = new Date('2026-11-02T12:00:00Z');
    expect(isPushable('2026-11-02T11:00:00Z', now, 72)).toBe(true);
    expect(isPushable('2026-10-25T11:00:00Z', now, 72)).toBe(false);
    expect(isPushable('2026-11-02T11:00:00Z', now, 72, { deadline: '2026-11-30T00:00:00Z' })).toBe(true);
    expect(isPushable('2026-11-02T11:00:00Z', now, 72, { deadline: '2026-11-01T00:00:00Z' })).toBe(false);
  });
});

describe('the job-matched payload', () => {
  it('satisfies the published contract, with reasons rendered for the veteran and a job summary', () => {
    const job = forkliftJob();
    const assessment = scoreMatch(job, driverVeteran(), NOW);
    const fingerprint = jobFingerprint(job);
    const payload = jobMatchedPayload(job, assessment, fingerprint, 'job-posted', NOW);
    expect(jobMatched.payload.safeParse(payload).success).toBe(true);
    expect(payload).toMatchObject({
      matchId: matchIdOf('veteran-wang', 'job-forklift', fingerprint),
      veteranId: 'veteran-wang',
      jobId: 'job-forklift',
      score: assessment.score,
      jobFingerprint: fingerprint,
      trigger: 'job-posted',
      matchedAt: NOW.toISOString(),
      job: {
        title: '仓库叉车司机',
        employerName: '南京顺达物流有限公司',
        salary: { min: 6000, max: 8000 },
        cityId: 'nanjing',
        districtId: 'nanjing-jiangning',
        distanceKm: assessment.distanceKm,
        veteranPriority: true,
        veteransOnly: false,
      },
    });
    expect(payload.headline.zh).toBe(`仓库叉车司机 · 南京顺达物流有限公司 — 匹配度 ${assessment.score} 分`);
    expect(payload.reasons.map((reason) => reason.text.zh)).toContain('叉车操作 — 来自您的培训：叉车培训');
  });

  it('has the same match id for the same job version, and another after a material change', () => {
    expect(matchIdOf('v', 'j', 'f1')).toBe(matchIdOf('v', 'j', 'f1'));
    expect(matchIdOf('v', 'j', 'f1')).not.toBe(matchIdOf('v', 'j', 'f2'));
  });
});
