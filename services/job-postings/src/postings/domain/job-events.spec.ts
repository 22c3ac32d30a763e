import { jobClosed, jobPosted, jobUpdated } from '@vetlink/contracts';
import { jobClosedPayload, jobPostedPayload, jobUpdatedPayload } from './job-events';
import { sampleJob } from './job.fixture';

const employer = { name: '南京顺达安保服务有限公司', verified: true };

describe('job event payloads', () => {
  it('posts the full snapshot, valid against the contract', () => {
    const payload = jobPostedPayload(sampleJob(), employer);
    expect(jobPosted.payload.parse(payload)).toEqual(payload);
    expect(payload).toEqual({
      jobId: '65f0c0ffee0000000000abcd',
      employerId: 'org-shunda',
      employerName: '南京顺达安保服务有限公司',
      employerVerified: true,
      title: '安保队长',
      description: '负责园区安保团队排班、巡逻与应急处置。',
      occupationId: 'security-team-leader',
      requiredSkills: [
        { skillId: 'site-patrol', level: 3 },
        { skillId: 'first-aid', level: 2 },
      ],
      preferredSkills: [{ skillId: 'security-risk-assessment', level: 2 }],
      requiredCertificates: ['security-guard-certificate'],
      education: 'senior-high',
      experienceYears: 2,
      location: {
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
        address: '建邺区江东中路 100 号',
        lat: 32.0037,
        lng: 118.7318,
      },
      salary: { min: 6000, max: 8500 },
      employmentType: 'full-time',
      headcount: 2,
      benefits: ['五险一金', '包住宿'],
      veteransOnly: false,
      veteranPriority: true,
      deadline: '2025-04-30T15:59:59.000Z',
      status: 'open',
      postedAt: '2025-03-02T01:00:00.000Z',
      updatedAt: '2025-03-02T01:00:00.000Z',
    });
  });

  it('carries the skills the employer typed that the taxonomy does not know, only when there are some', () => {
    const typed = jobPostedPayload({ ...sampleJob(), skillTexts: ['门岗值守', '监控室值班'] }, employer);
    expect(jobPosted.payload.parse(typed).skillTexts).toEqual(['门岗值守', '监控室值班']);
    expect(jobPostedPayload({ ...sampleJob(), skillTexts: [] }, employer)).not.toHaveProperty('skillTexts');
  });

  it('carries nothing internal (hire bookkeeping, revision, outbox fields)', () => {
    const payload = jobPostedPayload({ ...sampleJob(), pendingEvents: [1] } as never, employer);
    expect(Object.keys(payload)).not.toEqual(expect.arrayContaining(['hiredApplicationIds']));
    expect(payload).not.toHaveProperty('revision');
    expect(payload).not.toHaveProperty('pendingEvents');
  });

  it('flags an update that matters to matching, and one that does not', () => {
    const before = sampleJob();
    const salaryRaised = jobUpdatedPayload(before, { ...before, salary: { min: 7000, max: 9000 } }, employer);
    const reworded = jobUpdatedPayload(before, { ...before, description: '新的描述' }, employer);
    expect(jobUpdated.payload.parse(salaryRaised).materialChange).toBe(true);
    expect(jobUpdated.payload.parse(reworded).materialChange).toBe(false);
    expect(reworded.description).toBe('新的描述');
  });

  it('reports a pause as a non-material update with the new status', () => {
    const before = sampleJob();
    const payload = jobUpdatedPayload(before, { ...before, status: 'paused' }, employer);
    expect(payload).toMatchObject({ status: 'paused', materialChange: false });
  });

  it('refuses to describe jobs that are not live (a producer bug, not a user error)', () => {
    expect(() => jobPostedPayload(sampleJob({ status: 'draft' }), employer)).toThrow(/only an open job/);
    expect(() => jobUpdatedPayload(sampleJob(), sampleJob({ status: 'closed' }), employer)).toThrow(
      /open or paused/,
    );
    expect(() => jobPostedPayload(sampleJob({ postedAt: undefined }), employer)).toThrow(/never published/);
  });

  it('says why, when and where a job closed', () => {
    const payload = jobClosedPayload(sampleJob(), 'deadline-passed', new Date('2025-05-01T00:00:00.000Z'));
    expect(jobClosed.payload.parse(payload)).toEqual({
      jobId: '65f0c0ffee0000000000abcd',
      employerId: 'org-shunda',
      reason: 'deadline-passed',
      closedAt: '2025-05-01T00:00:00.000Z',
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
    });
  });
});
