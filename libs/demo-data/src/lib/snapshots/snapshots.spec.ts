import { describeIssues, jobPosted, profileCreated } from '@vetlink/contracts';
import { maskedDisplayName } from '@vetlink/profiles';
import { translateServiceRecord } from '@vetlink/taxonomy';
import type { DemoVeteran } from '../veterans/generate-veterans';
import { generateDemoWorld } from '../world';
import { toJobSnapshot } from './job-snapshot';
import { toProfileSnapshot } from './profile-snapshot';

const NOW = new Date('2026-03-01T00:00:00+08:00');
const { employers, jobs, veterans } = generateDemoWorld(
  'snapshots',
  { employers: 60, jobs: 600, veterans: 600 },
  { now: NOW },
);

describe('job snapshots', () => {
  const snapshots = jobs.map((job) => toJobSnapshot(job, employers[job.employerIndex]!));

  it('are valid jobs.job-posted payloads', () => {
    const invalid = snapshots.flatMap((snapshot) => {
      const parsed = jobPosted.payload.safeParse(snapshot);
      return parsed.success ? [] : [`${snapshot.jobId}: ${describeIssues(parsed.error).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });

  it('copy the posted body, name the verified employer and carry distinct ObjectId-shaped ids', () => {
    const [job] = jobs;
    const snapshot = snapshots[0]!;
    const { deadline, ...details } = job!.body;
    expect(snapshot).toMatchObject({ ...details, deadline, status: 'open', employerVerified: true });
    expect(snapshot.employerName).toBe(employers[job!.employerIndex]!.registration.name);
    expect(snapshot.postedAt).toBe(job!.postedAt);
    expect(new Set(snapshots.map((each) => each.jobId)).size).toBe(snapshots.length);
    expect(snapshots.every((each) => /^[0-9a-f]{24}$/.test(each.jobId))).toBe(true);
  });

  it('take the id and time a caller gives', () => {
    const snapshot = toJobSnapshot(jobs[0]!, employers[jobs[0]!.employerIndex]!, {
      jobId: 'job-1',
      postedAt: '2026-02-01T08:00:00.000Z',
    });
    expect(snapshot).toMatchObject({
      jobId: 'job-1',
      postedAt: '2026-02-01T08:00:00.000Z',
      updatedAt: '2026-02-01T08:00:00.000Z',
    });
  });

  it('refuse an employer that did not post the job', () => {
    const other = employers.find((employer) => employer.organisationId !== jobs[0]!.organisationId)!;
    expect(() => toJobSnapshot(jobs[0]!, other)).toThrow(/belongs to/);
  });
});

describe('profile snapshots', () => {
  const snapshots = veterans.map((veteran) => toProfileSnapshot(veteran));

  it('are valid profiles.profile-created payloads', () => {
    const invalid = snapshots.flatMap((snapshot) => {
      const parsed = profileCreated.payload.safeParse(snapshot);
      return parsed.success ? [] : [`${snapshot.veteranId}: ${describeIssues(parsed.error).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });

  it('never carry the ID number or the phone, and mask the name', () => {
    const leaking = veterans.filter((veteran, index) => {
      const text = JSON.stringify(snapshots[index]);
      return text.includes(veteran.body.identity.idNumber) || text.includes(veteran.body.identity.phone);
    });
    expect(leaking).toEqual([]);
    expect(snapshots[0]!.displayName).toBe(maskedDisplayName(veterans[0]!.body.identity.fullName));
  });

  it('derive civilian skills and occupations with the taxonomy crosswalk', () => {
    const veteran = veterans[0]!;
    const record = veteran.body.serviceRecord!;
    const civilian = translateServiceRecord({
      specialties: record.specialtyIds,
      rankId: record.rankId!,
      roles: record.roleIds,
      trainings: veteran.body.trainingIds,
      certificates: veteran.body.certificateIds,
    });
    expect(snapshots[0]).toMatchObject({
      derivedSkills: civilian.derivedSkills,
      derivedOccupations: civilian.occupations,
      seniorityBand: civilian.seniorityBand,
    });
    expect(snapshots.every((snapshot) => snapshot.derivedSkills.length > 0)).toBe(true);
  });

  it('locate the residence exactly, by district or by city, as the service does', () => {
    const precisions = new Set(snapshots.map((snapshot) => snapshot.residence?.precision));
    expect([...precisions].sort()).toEqual(['city', 'district', 'exact']);
    const exact = veterans.findIndex((veteran) => veteran.body.residence!.lat !== null);
    expect(snapshots[exact]!.residence).toMatchObject({
      lat: veterans[exact]!.body.residence!.lat,
      lng: veterans[exact]!.body.residence!.lng,
    });
  });

  it('store the default notification settings when the veteran gave none', () => {
    const silent = veterans.findIndex((veteran) => veteran.body.notificationPreferences === undefined);
    expect(snapshots[silent]!.notificationPreferences).toEqual({
      channels: ['in-app'],
      weeklyDigest: true,
      quietHours: { start: '22:00', end: '08:00', timeZone: 'Asia/Shanghai' },
    });
  });

  it('score completeness by the rules of skills-profiles', () => {
    const full = veterans.find(
      (veteran) =>
        veteran.body.trainingIds.length > 0 &&
        veteran.body.certificateIds.length > 0 &&
        veteran.body.education !== null &&
        veteran.body.preferences.minimumMonthlySalary !== null &&
        veteran.body.preferences.employmentTypes.length > 0,
    )!;
    const completenessWith = (changes: Partial<DemoVeteran['body']>) =>
      toProfileSnapshot({ ...full, body: { ...full.body, ...changes } }).completeness;
    expect(completenessWith({})).toBe(100);
    expect(completenessWith({ trainingIds: [], education: null })).toBe(90);
    expect(completenessWith({ serviceRecord: null })).toBe(70);
  });
});
