import { DEFAULT_NOTIFICATION_PREFERENCES, EMPTY_JOB_PREFERENCES, VeteranProfile } from '../profile/profile';

/** A profile with only what creation requires: the identity. For unit specs. */
export function bareProfile(overrides: Partial<VeteranProfile> = {}): VeteranProfile {
  return {
    veteranId: 'veteran-1',
    revision: 1,
    identity: { fullName: '王建国', idNumber: '11010519491231002X', phone: '13812345678' },
    residence: null,
    serviceRecord: null,
    skills: [],
    certificateIds: [],
    trainingIds: [],
    education: null,
    preferences: EMPTY_JOB_PREFERENCES,
    jobSeekingStatus: 'actively-looking',
    notificationPreferences: DEFAULT_NOTIFICATION_PREFERENCES,
    courseCompletions: [],
    createdAt: new Date('2026-11-01T02:00:00Z'),
    updatedAt: new Date('2026-11-01T02:00:00Z'),
    ...overrides,
  };
}

/** A driver from the army with a drone training and a C1 licence, living in Jiangning, Nanjing. */
export function driverProfile(overrides: Partial<VeteranProfile> = {}): VeteranProfile {
  return bareProfile({
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: null, lng: null },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['wheeled-vehicle-driver'],
      rankId: 'sergeant',
      roleIds: ['squad-leader'],
      yearsServed: 5,
      dischargeDate: '2025-09-01',
      awards: ['优秀士兵'],
    },
    skills: [{ skillId: 'light-vehicle-driving', level: 4, verification: null }],
    certificateIds: ['driving-licence-c1'],
    trainingIds: ['drone-flight-control'],
    education: { level: 'senior-high', major: null, institution: '南京市第一中学', graduationYear: 2018 },
    preferences: {
      desiredOccupationIds: ['truck-driver'],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 6000,
      employmentTypes: ['full-time'],
    },
    ...overrides,
  });
}
