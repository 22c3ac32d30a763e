import type { JobCloseReason, JobEducationLevel, JobEmploymentType, JobStatus } from '@vetlink/contracts';

export interface SkillRequirement {
  skillId: string;
  /** 1 (basic) to 5 (expert). */
  level: number;
}

export interface JobLocation {
  cityId: string;
  districtId: string;
  address: string;
  lat: number;
  lng: number;
}

/** Monthly pay in CNY. */
export interface SalaryRange {
  min: number;
  max: number;
}

/** What an employer writes about a position. */
export interface JobDetails {
  title: string;
  description: string;
  occupationId: string;
  requiredSkills: SkillRequirement[];
  preferredSkills: SkillRequirement[];
  /** Taxonomy ids; a certificate the taxonomy does not know is an id of its text (textTermId). */
  requiredCertificates: string[];
  /** Skills the employer typed that the taxonomy does not know, kept as written (absent on older jobs). */
  skillTexts?: string[];
  education: JobEducationLevel;
  experienceYears: number;
  location: JobLocation;
  salary: SalaryRange;
  employmentType: JobEmploymentType;
  headcount: number;
  benefits: string[];
  veteransOnly: boolean;
  veteranPriority: boolean;
  deadline: Date;
}

/** A job posting with what the service keeps about it besides its details. */
export interface Job extends JobDetails {
  id: string;
  employerId: string;
  employerName: string;
  status: JobStatus;
  hiredCount: number;
  /** The applications already counted in hiredCount, so that recording a hire twice counts it once. */
  hiredApplicationIds: string[];
  /** Grows with every write: the optimistic-concurrency check of read-decide-write updates. */
  revision: number;
  /** The listing's sort key: creation time for drafts, publication time once published. */
  listedAt: Date;
  postedAt?: Date;
  closedAt?: Date;
  closeReason?: JobCloseReason;
  createdAt: Date;
  updatedAt: Date;
}
