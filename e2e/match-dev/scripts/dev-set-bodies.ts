import { findByName, listEntries } from '@vetlink/taxonomy';
import { fakeResidentIdNumber } from './fake-identity';

/** A job of ../shared/match-dev/jobs.json, as the counsellors wrote it. */
export interface DevJob {
  id: string;
  title: string;
  city: string;
  district: string;
  lat: number;
  lng: number;
  salaryMin: number;
  salaryMax: number;
  employmentType: string;
  requiredCertificates: string[];
  skills: string[];
  description: string;
  seniority: string;
  experienceYears: number;
  veteranPriority: boolean;
  veteransOnly: boolean;
}

/** A veteran of ../shared/match-dev/profiles.json, as a bureau's intake form records them. */
export interface DevProfile {
  id: string;
  name: string;
  homeCity: string;
  district: string;
  lat: number;
  lng: number;
  branch: string;
  specialties: string[];
  rank: string;
  yearsServed: number;
  dischargeYear: number;
  trainings: string[];
  certificates: string[];
  education: string;
  desiredOccupations: string[];
  radiusKm: number;
  minSalary: number;
  employmentTypes: string[];
  notes: string;
}

/*
 * Only what a person picks from a fixed list is mapped here (city and district, branch, rank, education,
 * seniority): those are pickers in the portal. Everything people type — skills, certificates, specialties
 * and posts, trainings, desired occupations — goes to the API as the text they wrote.
 */

const BRANCH_PICKER: Readonly<Record<string, string>> = {
  陆军: 'army',
  海军: 'navy',
  空军: 'air-force',
  火箭军: 'rocket-force',
  武警部队: 'armed-police',
  信息支援部队: 'strategic-support',
  战略支援部队: 'strategic-support',
  联勤保障部队: 'joint-logistics',
};

const EDUCATION_PICKER: Readonly<Record<string, string>> = {
  初中: 'junior-high',
  高中: 'senior-high',
  中专: 'vocational-secondary',
  大专: 'associate',
  本科: 'bachelor',
  硕士: 'master',
};

function pick(table: Readonly<Record<string, string>>, value: string, what: string): string {
  const picked = table[value];
  if (!picked) throw new Error(`no ${what} in the picker for "${value}"`);
  return picked;
}

/** The city and district pickers: the portal lists the taxonomy's cities and their districts by name. */
export function placeOf(city: string, district: string): { cityId: string; districtId: string } {
  const cityEntry = findByName('city', city) ?? listEntries('city').find((entry) => entry.zh === city);
  if (!cityEntry) throw new Error(`no city "${city}" in the picker`);
  const districtEntry = cityEntry.districts.find((entry) => entry.zh === district);
  if (!districtEntry) throw new Error(`no district "${district}" of ${city} in the picker`);
  return { cityId: cityEntry.id, districtId: districtEntry.id };
}

export function jobBody(job: DevJob, deadline: Date): Record<string, unknown> {
  return {
    title: job.title,
    description: job.description,
    skills: job.skills,
    requiredCertificates: job.requiredCertificates,
    experienceYears: job.experienceYears,
    location: { ...placeOf(job.city, job.district), address: job.district, lat: job.lat, lng: job.lng },
    salary: { min: job.salaryMin, max: job.salaryMax },
    employmentType: job.employmentType,
    headcount: 1,
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
    deadline: deadline.toISOString(),
  };
}

export function profileBody(profile: DevProfile, index: number): Record<string, unknown> {
  const rank = findByName('rank', profile.rank);
  if (!rank) throw new Error(`no rank "${profile.rank}" in the picker`);
  return {
    identity: {
      fullName: profile.name,
      idNumber: fakeResidentIdNumber(index),
      phone: `1380000${String(index).padStart(4, '0')}`,
    },
    residence: { ...placeOf(profile.homeCity, profile.district), lat: profile.lat, lng: profile.lng },
    serviceRecord: {
      branch: pick(BRANCH_PICKER, profile.branch, 'branch'),
      specialties: profile.specialties,
      rankId: rank.id,
      yearsServed: profile.yearsServed,
      dischargeDate: `${profile.dischargeYear}-06-30`,
    },
    certificates: profile.certificates,
    trainings: profile.trainings,
    education: { level: pick(EDUCATION_PICKER, profile.education, 'education') },
    preferences: {
      desiredOccupations: profile.desiredOccupations,
      radiusKm: profile.radiusKm,
      minimumMonthlySalary: profile.minSalary,
      employmentTypes: profile.employmentTypes,
    },
    jobSeekingStatus: 'actively-looking',
  };
}
