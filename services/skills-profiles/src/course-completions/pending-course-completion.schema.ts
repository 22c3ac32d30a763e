import type { CourseCompletion } from '@vetlink/profiles';
import { Schema } from 'mongoose';

export const PENDING_COURSE_COMPLETION_MODEL = 'PendingCourseCompletion';
export const PENDING_COURSE_COMPLETIONS_COLLECTION = 'pending_course_completions';

/**
 * A completed course of a veteran who has no profile yet, kept until they create one (then credited
 * to it and removed). One per enrolment: its id is the enrolment's.
 */
export interface PendingCourseCompletionRecord extends CourseCompletion {
  _id: string;
  veteranId: string;
  receivedAt: Date;
}

export const pendingCourseCompletionSchema = new Schema<PendingCourseCompletionRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
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
    receivedAt: { type: Date, required: true },
  },
  { collection: PENDING_COURSE_COMPLETIONS_COLLECTION, versionKey: false, minimize: false },
);

// A veteran's pending completions, read when their profile is created (FerretDB scans; MongoDB uses it).
pendingCourseCompletionSchema.index({ veteranId: 1 });
