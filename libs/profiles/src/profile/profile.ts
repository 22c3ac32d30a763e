import type {
  JobEducationLevel,
  JobEmploymentType,
  JobSeekingStatus,
  NotificationChannel,
} from '@vetlink/contracts';
import type { Branch } from '@vetlink/taxonomy';

/** Who the veteran is. The ID number and phone are personal data: encrypted at rest, masked for most viewers. */
export interface Identity {
  fullName: string;
  idNumber: string;
  phone: string;
}

export interface Residence {
  cityId: string;
  districtId: string | null;
  lat: number | null;
  lng: number | null;
}

export interface ServiceRecord {
  branch: Branch;
  specialtyIds: string[];
  /** Specialties and posts typed that the taxonomy does not know, kept as typed (matching reads them as text). */
  specialtyTexts?: string[];
  rankId: string | null;
  roleIds: string[];
  yearsServed: number;
  /** YYYY-MM-DD, Asia/Shanghai. */
  dischargeDate: string;
  awards: string[];
}

/** A run of one of the bureau's courses, as a veteran was enrolled in it (ids from the trainings service). */
export interface CourseRef {
  courseId: string;
  runId: string;
  enrolmentId: string;
  courseTitle: string;
}

/**
 * What a verification rests on: an officer's own check (a certificate seen, a test, the unit's record),
 * or a course the bureau recorded as completed.
 */
export type VerificationSource = { kind: 'officer' } | ({ kind: 'course' } & CourseRef);

export interface SkillVerification {
  /** The officer who verified it, or who recorded the course's completion. */
  verifiedBy: string;
  verifiedAt: Date;
  source: VerificationSource;
}

/** A skill the veteran claims, at level 1 (basic) to 5 (expert); an officer or a completed course may verify it. */
export interface DeclaredSkill {
  skillId: string;
  level: number;
  verification: SkillVerification | null;
}

export interface Education {
  level: JobEducationLevel;
  major: string | null;
  institution: string | null;
  graduationYear: number | null;
}

export interface JobPreferences {
  desiredOccupationIds: string[];
  /** Occupations typed that the taxonomy does not know, kept as typed (matching reads them as text). */
  desiredOccupationTexts?: string[];
  preferredCityIds: string[];
  radiusKm: number | null;
  /** CNY per month. */
  minimumMonthlySalary: number | null;
  employmentTypes: JobEmploymentType[];
}

/** Wall-clock HH:mm in Asia/Shanghai; may wrap midnight (22:00-08:00). */
export interface QuietHours {
  start: string;
  end: string;
}

export interface NotificationPreferences {
  channels: NotificationChannel[];
  weeklyDigest: boolean;
  quietHours: QuietHours | null;
}

/**
 * A course of the bureau the veteran completed, as the trainings service recorded it
 * (`trainings.course-completed`): what it taught and certified, kept as the provenance of what the
 * profile gained from it even if the veteran later edits those skills or certificates away.
 */
export interface CourseCompletion extends CourseRef {
  /** The taxonomy training the course is an instance of, when it is one. */
  trainingId: string | null;
  skillIds: string[];
  certificateIds: string[];
  /** Share of the run's days attended, 0-100. */
  attendancePercent: number;
  /** The officer (or provider) who recorded the completion. */
  recordedBy: string;
  completedAt: Date;
}

/** Everything the veteran (or, for verifications and completed courses, the bureau) writes. */
export interface ProfileContent {
  identity: Identity;
  residence: Residence | null;
  serviceRecord: ServiceRecord | null;
  skills: DeclaredSkill[];
  certificateIds: string[];
  trainingIds: string[];
  /** Courses typed that the taxonomy does not know, kept as typed (matching reads them as text). */
  trainingTexts?: string[];
  education: Education | null;
  preferences: JobPreferences;
  jobSeekingStatus: JobSeekingStatus;
  notificationPreferences: NotificationPreferences;
  /** Written only by the bureau's records (oldest first), never by the veteran's drafts and patches. */
  courseCompletions: CourseCompletion[];
}

export interface VeteranProfile extends ProfileContent {
  /** The veteran's user id: one profile per veteran. */
  veteranId: string;
  /** Grows by one with every write; writes name the revision they read (optimistic concurrency). */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * How many skills, certificates and trainings a profile holds at most: what a veteran may write (and so
 * write back after courses added some), within what the published snapshot may carry.
 */
export const PROFILE_LIST_LIMITS = { skills: 50, certificateIds: 30, trainingIds: 30 } as const;

export const DEFAULT_JOB_SEEKING_STATUS: JobSeekingStatus = 'actively-looking';

/** In-app only until the veteran chooses more: SMS or WeChat pushes need their consent. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  channels: ['in-app'],
  weeklyDigest: true,
  quietHours: { start: '22:00', end: '08:00' },
};

export const EMPTY_JOB_PREFERENCES: JobPreferences = {
  desiredOccupationIds: [],
  preferredCityIds: [],
  radiusKm: null,
  minimumMonthlySalary: null,
  employmentTypes: [],
};
