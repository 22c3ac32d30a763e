import { translateServiceRecord } from '@vetlink/taxonomy';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/** "Now" in the unit specs: a Monday morning in Nanjing. */
export const NOW = new Date('2026-11-02T01:00:00Z');

/**
 * A forklift driver's job at a warehouse in Jiangning, Nanjing: needs forklift skills and the forklift
 * licence, a C1 licence preferred. For unit specs.
 */
export function forkliftJob(overrides: Partial<JobForMatching> = {}): JobForMatching {
  return {
    jobId: 'job-forklift',
    employerId: 'employer-shunda',
    employerName: '南京顺达物流有限公司',
    title: '仓库叉车司机',
    occupationId: 'forklift-driver',
    requiredSkills: [{ skillId: 'forklift-operation', level: 3 }],
    preferredSkills: [{ skillId: 'light-vehicle-driving', level: 2 }],
    requiredCertificates: ['forklift-licence'],
    // Jiangning district centre.
    location: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.9536, lng: 118.8399 },
    salary: { min: 6000, max: 8000 },
    employmentType: 'full-time',
    veteransOnly: false,
    veteranPriority: true,
    postedAt: '2026-11-01T02:00:00Z',
    deadline: '2026-12-31T15:59:59Z',
    ...overrides,
  };
}

/** A truck-driving job in Jiangning that needs a C1 licence and heavy-truck driving. */
export function truckJob(overrides: Partial<JobForMatching> = {}): JobForMatching {
  return forkliftJob({
    jobId: 'job-truck',
    title: '货车司机',
    occupationId: 'truck-driver',
    requiredSkills: [
      { skillId: 'heavy-truck-driving', level: 3 },
      { skillId: 'vehicle-daily-maintenance', level: 2 },
    ],
    preferredSkills: [{ skillId: 'route-planning', level: 2 }],
    requiredCertificates: ['driving-licence-c1'],
    ...overrides,
  });
}

/** A veteran translated into civilian terms by the real crosswalk, as skills-profiles publishes them. */
export function veteranFrom(
  record: {
    specialties: string[];
    rankId?: string;
    roles?: string[];
    trainings?: string[];
    certificates?: string[];
  },
  overrides: Partial<VeteranForMatching> = {},
): VeteranForMatching {
  const civilian = translateServiceRecord({
    specialties: record.specialties,
    ...(record.rankId ? { rankId: record.rankId } : {}),
    roles: record.roles ?? [],
    trainings: record.trainings ?? [],
    certificates: record.certificates ?? [],
  });
  return {
    veteranId: 'veteran-x',
    displayName: '李**',
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.86, lng: 118.83 },
    declaredSkills: [],
    derivedSkills: civilian.derivedSkills,
    derivedOccupations: civilian.occupations,
    seniorityBand: civilian.seniorityBand,
    certificateIds: record.certificates ?? [],
    desiredOccupationIds: [],
    preferredCityIds: [],
    radiusKm: 30,
    minimumMonthlySalary: null,
    employmentTypes: [],
    jobSeekingStatus: 'actively-looking',
    ...overrides,
  };
}

/**
 * A wheeled-vehicle driver from the army (sergeant, squad leader) who took the forklift course and holds
 * an A2 licence and the forklift licence; lives in Jiangning, Nanjing, about 10 km from the jobs above;
 * wants full-time work within 30 km for at least 5000 a month.
 */
export function driverVeteran(overrides: Partial<VeteranForMatching> = {}): VeteranForMatching {
  return veteranFrom(
    {
      specialties: ['wheeled-vehicle-driver'],
      rankId: 'sergeant',
      roles: ['squad-leader'],
      trainings: ['forklift-course'],
      certificates: ['driving-licence-a2', 'forklift-licence'],
    },
    {
      veteranId: 'veteran-wang',
      displayName: '王**',
      declaredSkills: [{ skillId: 'light-vehicle-driving', level: 4, verified: false }],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 5000,
      employmentTypes: ['full-time'],
      ...overrides,
    },
  );
}
