import { randomInt } from 'node:crypto';
import { creditCodeCheckCharacter, residentIdCheckCharacter } from '@vetlink/demo-data';

/** What people send through the gateway in the scenarios: valid bodies, unique where a service needs it. */

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A well-formed unified social credit code of a Nanjing company (random body). */
function creditCode(): string {
  const body = Array.from({ length: 9 }, () =>
    CREDIT_CODE_ALPHABET.charAt(randomInt(CREDIT_CODE_ALPHABET.length)),
  ).join('');
  const first17 = `91320100${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A valid resident ID number of a Nanjing-born veteran (1985–2000). */
function idNumber(): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const birth = `${randomInt(1985, 2001)}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
  const first17 = `320102${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export function identity(fullName: string) {
  return {
    fullName,
    idNumber: idNumber(),
    phone: `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`,
  };
}

/** The organisation's entry at job-postings (`POST /api/employers`), after it registered at accounts. */
export function employerRegistration(name: string) {
  return {
    name,
    creditCode: creditCode(),
    industry: 'transport-logistics',
    cityId: 'nanjing',
    contact: { name: '王经理', phone: '+86 138-1234-5678' },
  };
}

/** An army driver living in Jiangning, Nanjing, with a C1 licence, looking for a truck-driving job. */
export function driverProfile() {
  return {
    identity: identity('王建国'),
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.95, lng: 118.84 },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['wheeled-vehicle-driver'],
      rankId: 'sergeant',
      roleIds: ['squad-leader'],
      yearsServed: 5,
      dischargeDate: '2025-09-01',
      awards: ['优秀士兵'],
    },
    skills: [{ skillId: 'light-vehicle-driving', level: 4 }],
    certificateIds: ['driving-licence-c1'],
    trainingIds: [],
    education: { level: 'senior-high', major: null, institution: '南京市第一中学', graduationYear: 2018 },
    // Pushes at any hour: the scenario runs whenever CI does, also in the night's default quiet hours.
    notificationPreferences: { channels: ['in-app'], weeklyDigest: true, quietHours: null },
    preferences: {
      desiredOccupationIds: ['truck-driver'],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 6000,
      employmentTypes: ['full-time'],
    },
  };
}

/** A navy cook living in Xuzhou, 300 km away, who wants a kitchen: no truck-driving job fits him. */
export function cookProfile() {
  return {
    identity: identity('李海军'),
    residence: { cityId: 'xuzhou', lat: 34.26, lng: 117.18 },
    serviceRecord: {
      branch: 'navy',
      specialtyIds: ['military-cook'],
      rankId: 'sergeant',
      roleIds: [],
      yearsServed: 4,
      dischargeDate: '2025-09-01',
      awards: [],
    },
    skills: [{ skillId: 'chinese-cooking', level: 4 }],
    certificateIds: [],
    trainingIds: [],
    education: { level: 'junior-high', major: null, institution: '徐州市第三中学', graduationYear: 2015 },
    preferences: {
      desiredOccupationIds: ['chinese-chef'],
      preferredCityIds: ['xuzhou'],
      radiusKm: 20,
      minimumMonthlySalary: 5000,
      employmentTypes: ['full-time'],
    },
  };
}

/** A truck-driving job in Jiangning that the driver above fits (C1 licence, driving, near home). */
export function truckDriverJob(overrides: Record<string, unknown> = {}) {
  return {
    title: '城配货车司机',
    description: '负责南京江宁区内城市配送，驾驶轻型货车，按线路完成每日配送任务，退役军人优先。',
    occupationId: 'truck-driver',
    requiredSkills: [{ skillId: 'light-vehicle-driving', level: 3 }],
    preferredSkills: [{ skillId: 'route-planning', level: 2 }],
    requiredCertificates: ['driving-licence-c1'],
    education: 'junior-high',
    experienceYears: 1,
    location: {
      cityId: 'nanjing',
      districtId: 'nanjing-jiangning',
      address: '江宁区双龙大道 1000 号',
      lat: 31.9536,
      lng: 118.8399,
    },
    salary: { min: 7000, max: 9000 },
    employmentType: 'full-time',
    headcount: 2,
    benefits: ['五险一金'],
    veteransOnly: false,
    veteranPriority: true,
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    ...overrides,
  };
}

/** A mentor's application (`POST /api/mentors`): logistics and starting a business, online. */
export function mentorApplication() {
  return {
    displayName: '赵卫东',
    expertise: ['logistics', 'entrepreneurship'],
    cityId: 'suqian',
    modes: ['online'],
    meetingLink: 'https://meet.example.cn/zhao',
    bio: 'Ran a cold-chain logistics company in Suqian for ten years after leaving the army.',
    weeklyCapacity: 40,
  };
}

/** Every day, all day, hour sessions: the slot a scenario books is free unless someone took it. */
export const ALL_WEEK_AVAILABILITY = {
  weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  followsPublicCalendar: false,
  sessionMinutes: [60],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 0,
  horizonDays: 60,
  maxPerDay: 20,
  maxPerWeek: 100,
};

/** The calendar day in Shanghai `days` from now, YYYY-MM-DD (the bureau counts by Shanghai days). */
export function shanghaiDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A driver like the one above, living in Suzhou's Wuzhong district, 200 km from the Nanjing jobs of the
 * other scenarios: the Suzhou job of the digest scenario fits only such veterans.
 */
export function suzhouDriverProfile(weeklyDigest: boolean) {
  const profile = driverProfile();
  return {
    ...profile,
    residence: { cityId: 'suzhou', districtId: 'suzhou-wuzhong', lat: 31.27, lng: 120.63 },
    notificationPreferences: { channels: ['in-app'], weeklyDigest, quietHours: null },
    preferences: { ...profile.preferences, preferredCityIds: ['suzhou'] },
  };
}

/** A truck-driving job in Wuzhong, Suzhou: the Suzhou drivers fit it, the Nanjing driver does not. */
export function suzhouTruckDriverJob() {
  return truckDriverJob({
    title: '苏州吴中城配司机',
    location: {
      cityId: 'suzhou',
      districtId: 'suzhou-wuzhong',
      address: '吴中区东吴北路 100 号',
      lat: 31.2706,
      lng: 120.6322,
    },
  });
}

/** The ISO week (e.g. `2026-W49`) that holds this instant in Shanghai, as recommendations names weeks. */
export function shanghaiIsoWeek(at = Date.now()): string {
  const day = new Date(shanghaiDayOf(at) + 'T00:00:00Z');
  const weekday = day.getUTCDay() || 7;
  // The week belongs to the year of its Thursday.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function shanghaiDayOf(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An army logistics soldier in Jiangning: warehouse work, no forklift licence, wants a forklift job. */
export function warehouseHandProfile(weeklyDigest = true) {
  return {
    identity: identity('陈志强'),
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.95, lng: 118.84 },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['supply-clerk'],
      rankId: 'corporal',
      roleIds: [],
      yearsServed: 2,
      dischargeDate: '2025-09-01',
      awards: [],
    },
    skills: [
      { skillId: 'warehouse-operations', level: 4 },
      { skillId: 'loading-unloading', level: 4 },
    ],
    certificateIds: [],
    trainingIds: [],
    education: { level: 'senior-high', major: null, institution: '南京市江宁高级中学', graduationYear: 2019 },
    notificationPreferences: { channels: ['in-app'], weeklyDigest, quietHours: null },
    preferences: {
      desiredOccupationIds: ['forklift-driver', 'warehouse-operative'],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 5000,
      employmentTypes: ['full-time'],
    },
  };
}

/** A forklift job in Jiangning: the licence is a hard requirement, so the warehouse hand is not pushed it yet. */
export function forkliftJob(title: string, address: string, overrides: Record<string, unknown> = {}) {
  return {
    title,
    description: '负责仓库内叉车装卸、堆垛和搬运作业，持叉车证上岗，退役军人优先。',
    occupationId: 'forklift-driver',
    requiredSkills: [{ skillId: 'forklift-operation', level: 2 }],
    preferredSkills: [{ skillId: 'warehouse-operations', level: 3 }],
    requiredCertificates: ['forklift-licence'],
    education: 'junior-high',
    experienceYears: 0,
    location: { cityId: 'nanjing', districtId: 'nanjing-jiangning', address, lat: 31.9536, lng: 118.8399 },
    salary: { min: 6000, max: 8000 },
    employmentType: 'full-time',
    headcount: 3,
    benefits: ['五险一金'],
    veteransOnly: false,
    veteranPriority: true,
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    ...overrides,
  };
}

/**
 * A partner bank's startup loan for veterans (`POST /api/products`): 3.00 % LPR + 50 bp, monthly equal
 * instalments, half the interest paid by the fund up to 3,500 CNY a year and 6,000 a loan.
 */
export function startupLoanProduct(bankId: string, overrides: Record<string, unknown> = {}) {
  return {
    bankId,
    name: '退役军人创业担保贷款',
    cityId: 'nanjing',
    limits: {
      individual: { minFen: 1_000_000, maxFen: 30_000_000 },
      'small-business': { minFen: 1_000_000, maxFen: 300_000_000 },
    },
    termMonths: { min: 12, max: 36 },
    lprTenor: '1y',
    spreadBp: 50,
    method: 'equal-installment',
    frequency: 'monthly',
    graceMonths: 0,
    subsidy: {
      shareBp: 5_000,
      capPerLoanFen: 600_000,
      capPerYearFen: 350_000,
      forfeitAfterDaysLate: 30,
      conditions: ['verified-veteran'],
    },
    defaultAfterDaysLate: 90,
    ...overrides,
  };
}
