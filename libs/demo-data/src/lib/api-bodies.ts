import type {
  JobEducationLevel,
  JobEmploymentType,
  JobSeekingStatus,
  NotificationChannel,
} from '@vetlink/contracts';
import type { Branch } from '@vetlink/taxonomy';
import type { EmployerIndustry } from './employers/sectors';

/**
 * The request bodies of the services' public APIs, exactly as a client sends them. They mirror the
 * zod DTOs of the services (which a lib may not import); every field is written out, nothing is left
 * to the services' defaults, so a body is also the record the service stores.
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

export interface NotificationPreferencesBody {
  channels: NotificationChannel[];
  weeklyDigest: boolean;
  quietHours: { start: string; end: string } | null;
}

/** PUT /profiles/me (skills-profiles), with the veteran's own token. */
export interface SaveProfileBody {
  identity: { fullName: string; idNumber: string; phone: string };
  residence: { cityId: string; districtId: string | null; lat: number | null; lng: number | null } | null;
  serviceRecord: {
    branch: Branch;
    specialtyIds: string[];
    rankId: string | null;
    roleIds: string[];
    yearsServed: number;
    /** YYYY-MM-DD, not in the future (Asia/Shanghai). */
    dischargeDate: string;
    awards: string[];
  } | null;
  skills: SkillRequirementBody[];
  certificateIds: string[];
  trainingIds: string[];
  education: {
    level: JobEducationLevel;
    major: string | null;
    institution: string | null;
    graduationYear: number | null;
  } | null;
  preferences: {
    desiredOccupationIds: string[];
    preferredCityIds: string[];
    radiusKm: number | null;
    minimumMonthlySalary: number | null;
    employmentTypes: JobEmploymentType[];
  };
  jobSeekingStatus: JobSeekingStatus;
  notificationPreferences?: NotificationPreferencesBody;
}
