import type {
  JobEmploymentType,
  JobSeekingStatus,
  MatchEvidenceKind,
  TypedTermSource,
} from '@vetlink/contracts';
import type { Provenance, SeniorityBand, Strength } from '@vetlink/taxonomy';

/**
 * What the score reads from a job: the matching-relevant part of the job snapshot that job-postings
 * publishes (jobs.job-posted / job-updated), kept in this service's read model.
 */
export interface JobForMatching {
  jobId: string;
  employerId: string;
  employerName: string;
  title: string;
  occupationId: string;
  requiredSkills: readonly SkillRequirement[];
  preferredSkills: readonly SkillRequirement[];
  requiredCertificates: readonly string[];
  /** The job's own words, for text relevance (absent in documents indexed before they were carried). */
  description?: string;
  /** Years of experience the job asks for. */
  experienceYears?: number;
  /** Skills the employer typed that the taxonomy does not know. */
  skillTexts?: readonly string[];
  location: { cityId: string; districtId: string; lat: number; lng: number };
  /** Monthly pay in CNY. */
  salary: { min: number; max: number };
  employmentType: JobEmploymentType;
  veteransOnly: boolean;
  veteranPriority: boolean;
  /** ISO-8601 instants. */
  postedAt: string;
  deadline: string;
}

export interface SkillRequirement {
  skillId: string;
  /** 1 (basic) to 5 (expert). */
  level: number;
}

/**
 * What the score reads from a veteran: the part of the profile snapshot that skills-profiles publishes
 * (profiles.profile-created / profile-updated), already translated into civilian terms by the crosswalk.
 */
export interface VeteranForMatching {
  veteranId: string;
  /** Surname and masked given name, e.g. 张**: all an employer ever sees here. */
  displayName: string;
  residence: { cityId: string; districtId: string | null; lat: number; lng: number } | null;
  declaredSkills: readonly { skillId: string; level: number; verified: boolean }[];
  derivedSkills: readonly { skillId: string; strength: Strength; from: readonly Provenance[] }[];
  derivedOccupations: readonly { occupationId: string; strength: Strength; from: readonly Provenance[] }[];
  seniorityBand: SeniorityBand;
  /** Years served: experience in the specialty, against a job's experience requirement. */
  yearsServed?: number;
  /** The service record's specialties and the trainings taken: their names speak in text relevance. */
  specialtyIds?: readonly string[];
  trainingIds?: readonly string[];
  certificateIds: readonly string[];
  desiredOccupationIds: readonly string[];
  /** What the veteran typed and the taxonomy does not know (a specialty, a desired occupation, a course): read as text. */
  typedTerms?: readonly { source: TypedTermSource; text: string }[];
  preferredCityIds: readonly string[];
  radiusKm: number | null;
  /** CNY per month. */
  minimumMonthlySalary: number | null;
  employmentTypes: readonly JobEmploymentType[];
  jobSeekingStatus: JobSeekingStatus;
}

/** Where a piece of evidence comes from, as a reason names it. */
export interface Evidence {
  kind: MatchEvidenceKind;
  id: string | null;
}
