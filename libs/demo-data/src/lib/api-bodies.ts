import type { JobEducationLevel, JobEmploymentType, JobSeekingStatus } from '@vetlink/contracts';
import type { NotificationPreferences, ProfileDraft } from '@vetlink/profiles';
import type { EmployerIndustry } from './employers/sectors';

/**
 * The request bodies of the services' public APIs, exactly as a client sends them. Job-postings' bodies
 * mirror its zod DTOs (which a lib may not import); the profile bodies are skills-profiles' own draft
 * types. Every field is written out, nothing is left to the services' defaults, so a body is also the
 * record the service stores.
 */

/** POST /employers (job-postings), sent with the employer's own token. */
export interface RegisterEmployerBody {
  name: string;
  /** 18 characters, GB 32100-2015 check character. */
  creditCode: string;
  industry: EmployerIndustry;
  cityId: string;
  contact: { name: string; phone: string };
}

export interface SkillRequirementBody {
  skillId: string;
  level: number;
}

/** POST /jobs (job-postings): a draft, published with POST /jobs/:id/publish. */
export interface CreateJobBody {
  title: string;
  description: string;
  occupationId: string;
  requiredSkills: SkillRequirementBody[];
  preferredSkills: SkillRequirementBody[];
  requiredCertificates: string[];
  education: JobEducationLevel;
  experienceYears: number;
  location: { cityId: string; districtId: string; address: string; lat: number; lng: number };
  /** Monthly, CNY. */
  salary: { min: number; max: number };
  employmentType: JobEmploymentType;
  headcount: number;
  benefits: string[];
  veteransOnly: boolean;
  veteranPriority: boolean;
  /** ISO 8601 instant, in the future and within a year. */
  deadline: string;
}

/** POST /jobs/:jobId/applications (job-postings), with the veteran's token. */
export interface ApplyBody {
  coverLetter?: string;
}

/** PATCH /profiles/me/notification-preferences (skills-profiles), with the veteran's own token. */
export type NotificationPreferencesBody = NotificationPreferences;

/** PUT /profiles/me (skills-profiles), with the veteran's own token; the job-seeking status always stated. */
export type SaveProfileBody = ProfileDraft & { jobSeekingStatus: JobSeekingStatus };
