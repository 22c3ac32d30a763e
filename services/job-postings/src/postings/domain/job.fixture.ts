import { Job } from './job';

/** A realistic job for the domain's unit tests: a security team leader in Nanjing, open to veterans first. */
export function sampleJob(overrides: Partial<Job> = {}): Job {
  const createdAt = new Date('2025-03-01T01:00:00.000Z');
  return {
    id: '65f0c0ffee0000000000abcd',
    employerId: 'org-shunda',
    employerName: '南京顺达安保服务有限公司',
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
    deadline: new Date('2025-04-30T15:59:59.000Z'),
    status: 'open',
    hiredCount: 0,
    hiredApplicationIds: [],
    revision: 2,
    listedAt: new Date('2025-03-02T01:00:00.000Z'),
    postedAt: new Date('2025-03-02T01:00:00.000Z'),
    createdAt,
    updatedAt: new Date('2025-03-02T01:00:00.000Z'),
    ...overrides,
  };
}
