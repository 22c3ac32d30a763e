import type { JobSeekingStatus } from '@vetlink/contracts';
import { PENDING_EVENTS_FIELD, PendingEvent } from '@vetlink/messaging';
import type {
  CourseCompletion,
  Education,
  JobPreferences,
  NotificationPreferences,
  Residence,
  ServiceRecord,
} from '@vetlink/profiles';
import { Schema } from 'mongoose';
import type { ConsentEntry } from '../consents/domain/consent-log';
import type { StoredIdentity } from '../personal-data/identity-protector';

export const PROFILE_MODEL = 'VeteranProfile';
export const PROFILES_COLLECTION = 'profiles';

/** What a verification rests on; absent in documents written before courses verified skills (an officer's then). */
export interface StoredVerificationSource {
  kind: 'officer' | 'course';
  courseId?: string;
  runId?: string;
  enrolmentId?: string;
  courseTitle?: string;
}

export interface StoredSkill {
  skillId: string;
  level: number;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  verificationSource?: StoredVerificationSource | null;
}

export interface ProfileRecord {
  _id: string;
  revision: number;
  identity: StoredIdentity;
  residence: Residence | null;
  serviceRecord: ServiceRecord | null;
  skills: StoredSkill[];
  certificateIds: string[];
  trainingIds: string[];
  /** Absent in documents written before typed terms were kept. */
  trainingTexts?: string[];
  education: Education | null;
  preferences: JobPreferences;
  jobSeekingStatus: JobSeekingStatus;
  notificationPreferences: NotificationPreferences;
  /** Absent in documents written before courses were credited. */
  courseCompletions?: CourseCompletion[];
  createdAt: Date;
  updatedAt: Date;
  /** Every consent decision, appended by the write that made it (PIPL: provable, with its time). */
  consentLog?: ConsentEntry[];
  /** Set only when the profile was erased: the document is then an ErasedProfileRecord. */
  erasedAt?: Date;
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

/**
 * What an erased profile leaves: its id and last revision (so the account cannot quietly start again
 * under the same id) and a placeholder that keeps the ID-number index unique. No personal data.
 */
export interface ErasedProfileRecord {
  _id: string;
  revision: number;
  identity: { idNumberIndex: string };
  erasedAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

const nullable = <T>(schema: Schema<T>) => ({ type: schema, default: null });
const part = <T>(definition: Record<string, unknown>) =>
  new Schema<T>(definition, { _id: false, minimize: false });

const identitySchema = part<StoredIdentity>({
  fullName: { type: String, required: true },
  encryptedIdNumber: { type: String, required: true },
  idNumberIndex: { type: String, required: true },
  encryptedPhone: { type: String, required: true },
});

const consentEntrySchema = part<ConsentEntry>({
  purpose: { type: String, required: true },
  granted: { type: Boolean, required: true },
  channels: [String],
  at: { type: Date, required: true },
});

const residenceSchema = part<Residence>({
  cityId: { type: String, required: true },
  districtId: { type: String, default: null },
  lat: { type: Number, default: null },
  lng: { type: Number, default: null },
});

const serviceRecordSchema = part<ServiceRecord>({
  branch: { type: String, required: true },
  specialtyIds: [String],
  specialtyTexts: [String],
  rankId: { type: String, default: null },
  roleIds: [String],
  yearsServed: { type: Number, required: true },
  dischargeDate: { type: String, required: true },
  awards: [String],
});

const verificationSourceSchema = part<StoredVerificationSource>({
  kind: { type: String, required: true },
  courseId: String,
  runId: String,
  enrolmentId: String,
  courseTitle: String,
});

const skillSchema = part<StoredSkill>({
  skillId: { type: String, required: true },
  level: { type: Number, required: true },
  verifiedBy: { type: String, default: null },
  verifiedAt: { type: Date, default: null },
  verificationSource: nullable(verificationSourceSchema),
});

const courseCompletionSchema = part<CourseCompletion>({
  enrolmentId: { type: String, required: true },
  courseId: { type: String, required: true },
  runId: { type: String, required: true },
  courseTitle: { type: String, required: true },
  trainingId: { type: String, default: null },
  skillIds: [String],
  certificateIds: [String],
  attendancePercent: { type: Number, required: true },
  recordedBy: { type: String, required: true },
  completedAt: { type: Date, required: true },
});

const educationSchema = part<Education>({
  level: { type: String, required: true },
  major: { type: String, default: null },
  institution: { type: String, default: null },
  graduationYear: { type: Number, default: null },
});

const preferencesSchema = part<JobPreferences>({
  desiredOccupationIds: [String],
  desiredOccupationTexts: [String],
  preferredCityIds: [String],
  radiusKm: { type: Number, default: null },
  minimumMonthlySalary: { type: Number, default: null },
  employmentTypes: [String],
});

const notificationPreferencesSchema = part<NotificationPreferences>({
  channels: [String],
  weeklyDigest: { type: Boolean, required: true },
  quietHours: { type: part({ start: String, end: String }), default: null },
});

// minimize: false keeps empty objects inside pending events, whose payloads must arrive as validated.
export const profileSchema = new Schema<ProfileRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    identity: { type: identitySchema, required: true },
    residence: nullable(residenceSchema),
    serviceRecord: nullable(serviceRecordSchema),
    skills: [skillSchema],
    certificateIds: [String],
    trainingIds: [String],
    trainingTexts: [String],
    education: nullable(educationSchema),
    preferences: { type: preferencesSchema, required: true },
    jobSeekingStatus: { type: String, required: true },
    notificationPreferences: { type: notificationPreferencesSchema, required: true },
    courseCompletions: { type: [courseCompletionSchema], default: undefined },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    consentLog: { type: [consentEntrySchema], default: undefined },
    erasedAt: { type: Date, default: undefined },
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: PROFILES_COLLECTION, versionKey: false, minimize: false },
);

profileSchema.index({ 'identity.idNumberIndex': 1 }, { unique: true, name: 'one_profile_per_id_number' });
profileSchema.index({ createdAt: -1, _id: -1 }, { name: 'newest_first' });
profileSchema.index({ 'residence.cityId': 1, createdAt: -1 }, { name: 'by_city' });
profileSchema.index({ jobSeekingStatus: 1, createdAt: -1 }, { name: 'by_job_seeking_status' });
