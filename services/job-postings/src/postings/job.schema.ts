import type { JobCloseReason, JobEducationLevel, JobEmploymentType, JobStatus } from '@vetlink/contracts';
import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { OutboxFields } from '@vetlink/messaging';
import type { JobLocation, SalaryRange, SkillRequirement } from './domain/job';

export const JOB_MODEL = 'Job';
export const JOBS_COLLECTION = 'jobs';

export interface JobRecord {
  /** An ObjectId's hex form, kept as text: ids travel as text in URLs, events and the outbox relay. */
  _id: string;
  employerId: string;
  employerName: string;
  title: string;
  description: string;
  occupationId: string;
  requiredSkills: SkillRequirement[];
  preferredSkills: SkillRequirement[];
  requiredCertificates: string[];
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
  status: JobStatus;
  hiredCount: number;
  hiredApplicationIds: string[];
  revision: number;
  listedAt: Date;
  postedAt?: Date;
  closedAt?: Date;
  closeReason?: JobCloseReason;
  createdAt: Date;
  updatedAt: Date;
}

const skillSchema = new Schema<SkillRequirement>({ skillId: String, level: Number }, { _id: false });

const locationSchema = new Schema<JobLocation>(
  { cityId: String, districtId: String, address: String, lat: Number, lng: Number },
  { _id: false },
);

export const jobSchema = new Schema<JobRecord & OutboxFields>(
  {
    _id: { type: String, required: true },
    employerId: { type: String, required: true },
    employerName: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    occupationId: { type: String, required: true },
    requiredSkills: { type: [skillSchema], default: [] },
    preferredSkills: { type: [skillSchema], default: [] },
    requiredCertificates: { type: [String], default: [] },
    skillTexts: { type: [String], default: undefined },
    education: { type: String, required: true },
    experienceYears: { type: Number, required: true },
    location: { type: locationSchema, required: true },
    salary: { type: new Schema<SalaryRange>({ min: Number, max: Number }, { _id: false }), required: true },
    employmentType: { type: String, required: true },
    headcount: { type: Number, required: true },
    benefits: { type: [String], default: [] },
    veteransOnly: { type: Boolean, required: true },
    veteranPriority: { type: Boolean, required: true },
    deadline: { type: Date, required: true },
    status: { type: String, required: true },
    hiredCount: { type: Number, required: true },
    hiredApplicationIds: { type: [String], default: [] },
    revision: { type: Number, required: true },
    listedAt: { type: Date, required: true },
    postedAt: Date,
    closedAt: Date,
    closeReason: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The transactional outbox: events wait here, written with the change they record (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: JOBS_COLLECTION, versionKey: false, timestamps: false },
);

// The job board and an employer's own list, newest first (keyset pagination on listedAt + _id).
jobSchema.index({ status: 1, listedAt: -1, _id: -1 });
jobSchema.index({ employerId: 1, listedAt: -1, _id: -1 });
// The expiry sweep: live jobs by deadline.
jobSchema.index({ status: 1, deadline: 1 });
