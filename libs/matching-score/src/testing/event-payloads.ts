import type { PayloadOf, VeteranProfileSnapshot, jobPosted, jobUpdated } from '@vetlink/contracts';
import { translateServiceRecord } from '@vetlink/taxonomy';

export type JobPostedPayload = PayloadOf<typeof jobPosted>;
export type JobUpdatedPayload = PayloadOf<typeof jobUpdated>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/**
 * A forklift driver's job at a warehouse in Jiangning, Nanjing, as job-postings publishes it: needs
 * forklift operation and the forklift licence, prefers a C1 driving licence holder's driving skills.
 */
export function forkliftJobPosted(
  jobId: string,
  overrides: Partial<JobPostedPayload> = {},
): JobPostedPayload {
  const postedAt = hoursAgo(2);
  return {
    jobId,
    employerId: 'employer-shunda',
    employerName: '南京顺达物流有限公司',
    employerVerified: true,
    title: '仓库叉车司机',
    description: '负责仓库货物装卸、搬运，五险一金，包住宿。',
    occupationId: 'forklift-driver',
    requiredSkills: [{ skillId: 'forklift-operation', level: 3 }],
    preferredSkills: [{ skillId: 'light-vehicle-driving', level: 2 }],
    requiredCertificates: ['forklift-licence'],
    education: 'junior-high',
    experienceYears: 1,
    location: {
      cityId: 'nanjing',
      districtId: 'nanjing-jiangning',
      address: '江宁区秣陵街道物流园 8 号',
      lat: 31.9536,
      lng: 118.8399,
    },
    salary: { min: 6000, max: 8000 },
    employmentType: 'full-time',
    headcount: 3,
    benefits: ['五险一金', '包住宿'],
    veteransOnly: false,
    veteranPriority: true,
    deadline: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    status: 'open',
    postedAt,
    updatedAt: postedAt,
    ...overrides,
  };
}

export function jobUpdatedFrom(
  before: JobPostedPayload | JobUpdatedPayload,
  changes: Partial<JobPostedPayload>,
  materialChange: boolean,
  status: 'open' | 'paused' = 'open',
): JobUpdatedPayload {
  return { ...before, ...changes, status, materialChange, updatedAt: new Date(Date.now()).toISOString() };
}

export interface VeteranRecordInput {
  specialties: string[];
  rankId?: string;
  roles?: string[];
  trainings?: string[];
  certificates?: string[];
}

/**
 * A profile snapshot as skills-profiles publishes it, its civilian terms made by the real crosswalk.
 * By default: a wheeled-vehicle driver (sergeant, squad leader) with the forklift course, an A2 and a
 * forklift licence, living in Jiangning, Nanjing, about 10 km from the job above, actively looking for
 * full-time work within 30 km for at least 5000 a month.
 */
export function profileSnapshot(
  veteranId: string,
  record: VeteranRecordInput = {
    specialties: ['wheeled-vehicle-driver'],
    rankId: 'sergeant',
    roles: ['squad-leader'],
    trainings: ['forklift-course'],
    certificates: ['driving-licence-a2', 'forklift-licence'],
  },
  overrides: Partial<VeteranProfileSnapshot> = {},
): VeteranProfileSnapshot {
  const civilian = translateServiceRecord({
    specialties: record.specialties,
    ...(record.rankId ? { rankId: record.rankId } : {}),
    roles: record.roles ?? [],
    trainings: record.trainings ?? [],
    certificates: record.certificates ?? [],
  });
  return {
    veteranId,
    revision: 1,
    displayName: '王**',
    residence: {
      cityId: 'nanjing',
      districtId: 'nanjing-jiangning',
      lat: 31.86,
      lng: 118.83,
      precision: 'exact',
    },
    serviceRecord: {
      branch: 'army',
      specialtyIds: record.specialties,
      rankId: record.rankId ?? null,
      roleIds: record.roles ?? [],
      yearsServed: 5,
      dischargeDate: '2025-09-01',
    },
    declaredSkills: [],
    derivedSkills: civilian.derivedSkills,
    derivedOccupations: civilian.occupations,
    seniorityBand: civilian.seniorityBand,
    certificateIds: record.certificates ?? [],
    trainingIds: record.trainings ?? [],
    education: { level: 'senior-high', major: null },
    desiredOccupationIds: [],
    preferredCityIds: ['nanjing'],
    radiusKm: 30,
    minimumMonthlySalary: 5000,
    employmentTypes: ['full-time'],
    jobSeekingStatus: 'actively-looking',
    notificationPreferences: { channels: ['in-app'], weeklyDigest: true, quietHours: null },
    completeness: 80,
    updatedAt: hoursAgo(1),
    ...overrides,
  };
}
