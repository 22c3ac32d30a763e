import { weeklyDigestReady } from '@vetlink/contracts';
import { DEFAULT_POLICY, jobFingerprint, type JobForMatching } from '@vetlink/matching-score';
import { driverVeteran, forkliftJob, truckJob } from '@vetlink/matching-score/testing';
import { parseIsoWeek } from '../../weeks/domain/iso-week';
import { packDigest, unpackDigest } from '../digest-content';
import { CandidateIndex } from './candidate-index';
import { digestEventId, digestIdOf, digestPayload, digestPick } from './digest-payload';
import type { DigestJob, DigestWindow } from './digest-job';
import { DigestPolicy, pickDigestJobs } from './pick-jobs';

const WEEK = parseIsoWeek('2026-W48', 'Asia/Shanghai')!;
const WINDOW: DigestWindow = {
  since: new Date('2026-11-16T01:00:00Z'),
  until: new Date('2026-11-23T01:00:00Z'),
};
const POLICY: DigestPolicy = { size: 10, minimumScore: 40, candidateLimit: 200, match: DEFAULT_POLICY };
const NO_TOLD = new Map<string, string>();

function digestJob(job: JobForMatching, newSince = '2026-11-20T02:00:00Z'): DigestJob {
  return { job: { ...job, postedAt: newSince }, fingerprint: jobFingerprint(job), newSince };
}

const pickedIds = (jobs: DigestJob[], told = NO_TOLD, policy = POLICY) =>
  pickDigestJobs(driverVeteran(), new CandidateIndex(jobs), told, WINDOW, policy).map(
    ({ candidate }) => candidate.job.jobId,
  );

describe('weekly picks', () => {
  it('features the fitting jobs new this week, best first', () => {
    const jobs = [digestJob(truckJob()), digestJob(forkliftJob())];
    const picks = pickDigestJobs(driverVeteran(), new CandidateIndex(jobs), NO_TOLD, WINDOW, POLICY);
    // Which of the two scores higher is the matching score's business (its weights move); best first is ours.
    expect(new Set(picks.map(({ candidate }) => candidate.job.jobId))).toEqual(
      new Set(['job-forklift', 'job-truck']),
    );
    expect(picks[0].assessment.score).toBeGreaterThanOrEqual(picks[1].assessment.score);
    expect(picks.every(({ assessment }) => assessment.eligible)).toBe(true);
  });

  it('leaves out jobs from before the previous digest, from after the run, and those whose deadline passed', () => {
    const jobs = [
      digestJob(forkliftJob({ jobId: 'old' }), '2026-11-15T00:00:00Z'),
      digestJob(forkliftJob({ jobId: 'after-the-run' }), '2026-11-23T02:00:00Z'),
      digestJob(forkliftJob({ jobId: 'expired', deadline: '2026-11-22T00:00:00Z' })),
      digestJob(forkliftJob({ jobId: 'new' })),
    ];
    expect(pickedIds(jobs)).toEqual(['new']);
  });

  it('leaves out what the veteran was already told in this version, and brings back a job changed since', () => {
    const told = new Map([
      ['job-forklift', jobFingerprint(forkliftJob())],
      ['job-truck', 'an-older-version'],
    ]);
    expect(pickedIds([digestJob(forkliftJob()), digestJob(truckJob())], told)).toEqual(['job-truck']);
  });

  it('never features a vetoed job: a missing licence, beyond the radius, below the minimum pay', () => {
    const jobs = [
      digestJob(forkliftJob({ jobId: 'crane', requiredCertificates: ['crane-operator-licence'] })),
      digestJob(
        forkliftJob({
          jobId: 'suzhou',
          location: { cityId: 'suzhou', districtId: 'suzhou-gusu', lat: 31.31, lng: 120.62 },
        }),
      ),
      digestJob(forkliftJob({ jobId: 'low-pay', salary: { min: 3000, max: 4000 } })),
    ];
    expect(pickedIds(jobs)).toEqual([]);
  });

  it('features at most the digest size, and nothing below the minimum score', () => {
    const many = Array.from({ length: 15 }, (_, n) => digestJob(forkliftJob({ jobId: `forklift-${n}` })));
    expect(pickedIds(many, NO_TOLD, { ...POLICY, size: 4 })).toHaveLength(4);
    expect(pickedIds(many, NO_TOLD, { ...POLICY, minimumScore: 100 })).toEqual([]);
  });

  it('hands the score only candidates that pass the hard requirements, however much evidence the others share', () => {
    const farAway = Array.from({ length: 50 }, (_, n) =>
      digestJob(
        forkliftJob({
          jobId: `suzhou-${n}`,
          location: { cityId: 'suzhou', districtId: 'suzhou-gusu', lat: 31.31, lng: 120.62 },
        }),
      ),
    );
    const index = new CandidateIndex([...farAway, digestJob(truckJob())]);
    expect(
      index.candidatesFor(driverVeteran(), WINDOW, 10, DEFAULT_POLICY).map(({ job }) => job.jobId),
    ).toEqual(['job-truck']);
  });

  it('finds candidates only through skills and occupations the veteran has', () => {
    const unrelated = digestJob(
      forkliftJob({
        jobId: 'accountant',
        occupationId: 'accountant',
        requiredSkills: [{ skillId: 'bookkeeping', level: 3 }],
        preferredSkills: [],
        requiredCertificates: [],
      }),
    );
    const index = new CandidateIndex([unrelated, digestJob(forkliftJob())]);
    expect(
      index.candidatesFor(driverVeteran(), WINDOW, 10, DEFAULT_POLICY).map(({ job }) => job.jobId),
    ).toEqual(['job-forklift']);
  });
});

describe('the digest event', () => {
  it('has one id per veteran and week, and one eventId per digest, a valid UUID', () => {
    expect(digestIdOf('2026-W48', 'veteran-wang')).toBe('2026-W48-veteran-wang');
    const eventId = digestEventId('2026-W48-veteran-wang');
    expect(eventId).toBe(digestEventId('2026-W48-veteran-wang'));
    expect(eventId).not.toBe(digestEventId('2026-W49-veteran-wang'));
    expect(eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('satisfies the published contract, with reasons in both languages', () => {
    const picks = pickDigestJobs(
      driverVeteran(),
      new CandidateIndex([digestJob(forkliftJob())]),
      NO_TOLD,
      WINDOW,
      POLICY,
    );
    const payload = digestPayload(driverVeteran(), WEEK, WINDOW, picks.map(digestPick), WINDOW.until);
    const parsed = weeklyDigestReady.payload.parse(payload);
    expect(parsed.weekOf).toBe('2026-11-23');
    expect(parsed.cityId).toBe(driverVeteran().residence!.cityId);
    expect(parsed.districtId).toBe(driverVeteran().residence!.districtId);
    expect(parsed.jobs[0].reasons[0].text.zh).toMatch(/\S/);
    expect(parsed.jobs[0].headline.en).toContain('match');
    expect(parsed.jobs[0].job.distanceKm).toBeGreaterThan(0);
  });

  it('is stored compressed and read back unchanged', () => {
    const week = Array.from({ length: 10 }, (_, n) => digestJob(forkliftJob({ jobId: `forklift-${n}` })));
    const picks = pickDigestJobs(driverVeteran(), new CandidateIndex(week), NO_TOLD, WINDOW, POLICY);
    const payload = digestPayload(driverVeteran(), WEEK, WINDOW, picks.map(digestPick), WINDOW.until);
    const packed = packDigest(payload);
    expect(packed.length).toBeLessThan(JSON.stringify(payload).length / 4);
    expect(unpackDigest(packed)).toEqual(payload);
    expect(unpackDigest({ buffer: new Uint8Array(packed) })).toEqual(payload);
  });
});
