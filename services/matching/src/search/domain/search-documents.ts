import type { JobEmploymentType, JobSeekingStatus } from '@vetlink/contracts';
import { certificatesCovered, getOccupation, getSkill, type SeniorityBand } from '@vetlink/taxonomy';
import { type JobForMatching, type VeteranForMatching, skillIdsScoredFor } from '@vetlink/matching-score';

/**
 * A job as the jobs index holds it: flat fields to search, filter, sort and facet on, plus `match`,
 * everything the score needs, so that ranking a page of candidates needs no database read.
 */
export interface JobSearchDocument {
  id: string;
  status: 'open' | 'paused';
  title: string;
  description: string;
  employerId: string;
  employerName: string;
  occupationId: string;
  occupationCategory: string;
  /** The occupation's and skills' names in Chinese and English (synonyms come from the index settings). */
  occupationNames: string[];
  skillNames: string[];
  /** Required, preferred and the occupation's core skills: every skill the score can credit. */
  skillIds: string[];
  requiredCertificateIds: string[];
  cityId: string;
  districtId: string;
  _geo: { lat: number; lng: number };
  employmentType: JobEmploymentType;
  salaryMin: number;
  salaryMax: number;
  veteransOnly: boolean;
  veteranPriority: boolean;
  postedAtMs: number;
  match: JobForMatching;
}

/**
 * The version of what jobSearchDocument and veteranSearchDocument make: raise it when their fields or
 * how they are derived change, so that a search snapshot of older documents is not restored.
 */
export const SEARCH_DOCUMENT_VERSION = 2;

/** No radius given: the veteran's radius band is 0, and distance filters leave them in. */
export const NO_RADIUS_BAND = 0;
/**
 * A veteran's radius, rounded up to one of these, so that "veterans whose own radius reaches this job"
 * becomes one geo clause per band (the score then checks the exact radius).
 */
export const RADIUS_BANDS_KM = [5, 10, 20, 30, 50, 80, 120, 200, 1000] as const;
/** Stands for "no preference" in list fields that filters look into. */
export const ANY = 'any';

/** A veteran as the veterans index holds it (no name beyond the masked display name, no contact). */
export interface VeteranSearchDocument {
  id: string;
  jobSeekingStatus: JobSeekingStatus;
  displayName: string;
  /** Derived (crosswalk) and declared. */
  skillIds: string[];
  /** Derived from service and desired. */
  occupationIds: string[];
  /** Held and every class they cover (an A2 licence covers B2, C1 and C2). */
  coveredCertificateIds: string[];
  homeCityId?: string;
  preferredCityIds: string[];
  _geo?: { lat: number; lng: number };
  radiusBandKm: number;
  /** 0 when the veteran named none. */
  minimumMonthlySalary: number;
  /** [ANY] when the veteran named none. */
  employmentTypes: string[];
  seniorityBand: SeniorityBand;
  skillNames: string[];
  occupationNames: string[];
  match: VeteranForMatching;
}

export function jobSearchDocument(
  job: JobForMatching,
  extra: { status: 'open' | 'paused'; description: string },
): JobSearchDocument {
  const occupation = getOccupation(job.occupationId);
  const skillIds = skillIdsScoredFor(job);
  return {
    id: job.jobId,
    status: extra.status,
    title: job.title,
    description: extra.description,
    employerId: job.employerId,
    employerName: job.employerName,
    occupationId: job.occupationId,
    occupationCategory: occupation?.category ?? 'unknown',
    occupationNames: occupation ? [occupation.zh, occupation.en] : [],
    // The skills the employer typed that the taxonomy does not know count as skill words too.
    skillNames: [...skillIds.flatMap((id) => namesOf(getSkill(id))), ...(job.skillTexts ?? [])],
    skillIds,
    requiredCertificateIds: [...job.requiredCertificates],
    cityId: job.location.cityId,
    districtId: job.location.districtId,
    _geo: { lat: job.location.lat, lng: job.location.lng },
    employmentType: job.employmentType,
    salaryMin: job.salary.min,
    salaryMax: job.salary.max,
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
    postedAtMs: Date.parse(job.postedAt),
    match: job,
  };
}

export function veteranSearchDocument(veteran: VeteranForMatching): VeteranSearchDocument {
  const skillIds = unique([
    ...veteran.derivedSkills.map((skill) => skill.skillId),
    ...veteran.declaredSkills.map((skill) => skill.skillId),
  ]);
  const occupationIds = unique([
    ...veteran.derivedOccupations.map((occupation) => occupation.occupationId),
    ...veteran.desiredOccupationIds,
  ]);
  const home = veteran.residence;
  return {
    id: veteran.veteranId,
    jobSeekingStatus: veteran.jobSeekingStatus,
    displayName: veteran.displayName,
    skillIds,
    occupationIds,
    coveredCertificateIds: [...certificatesCovered(veteran.certificateIds)].sort(),
    ...(home ? { homeCityId: home.cityId, _geo: { lat: home.lat, lng: home.lng } } : {}),
    preferredCityIds: [...veteran.preferredCityIds],
    radiusBandKm: home && veteran.radiusKm !== null ? radiusBandOf(veteran.radiusKm) : NO_RADIUS_BAND,
    minimumMonthlySalary: veteran.minimumMonthlySalary ?? 0,
    employmentTypes: veteran.employmentTypes.length > 0 ? [...veteran.employmentTypes] : [ANY],
    seniorityBand: veteran.seniorityBand,
    skillNames: skillIds.flatMap((id) => namesOf(getSkill(id))),
    occupationNames: occupationIds.flatMap((id) => namesOf(getOccupation(id))),
    match: veteran,
  };
}

export function radiusBandOf(radiusKm: number): number {
  return RADIUS_BANDS_KM.find((band) => band >= radiusKm) ?? RADIUS_BANDS_KM[RADIUS_BANDS_KM.length - 1];
}

function namesOf(entry: { zh: string; en: string } | undefined): string[] {
  return entry ? [entry.zh, entry.en] : [];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
