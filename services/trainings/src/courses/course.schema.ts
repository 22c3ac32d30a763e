import { Schema } from 'mongoose';
import type { Course } from './domain/course';

export const COURSE_MODEL = 'Course';

export type CourseRecord = Omit<Course, 'id'> & { _id: string };

export const courseSchema = new Schema<CourseRecord>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    trainingId: String,
    description: String,
    skillIds: { type: [String], default: [] },
    certificateIds: { type: [String], default: [] },
    durationDays: { type: Number, required: true },
    costFen: { type: Number, required: true },
    veteranSubsidyFen: { type: Number, required: true },
    provider: { type: String, required: true },
    providerId: String,
    cityId: { type: String, required: true },
    venue: String,
    mode: { type: String, required: true },
    publishedBy: { type: String, required: true },
    publishedAt: { type: Date, required: true },
  },
  { collection: 'courses', versionKey: false, timestamps: false },
);

// The catalogue by city, newest first (MongoDB; FerretDB scans, as the catalogue is small).
courseSchema.index({ cityId: 1, publishedAt: -1, _id: -1 });
