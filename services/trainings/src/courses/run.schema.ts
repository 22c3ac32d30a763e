import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { CourseRun } from './domain/course-run';

export const RUN_MODEL = 'CourseRun';

export type RunRecord = Omit<CourseRun, 'id'> & { _id: string } & OutboxFields;

export const runSchema = new Schema<RunRecord>(
  {
    _id: { type: String, required: true },
    courseId: { type: String, required: true },
    startsOn: { type: String, required: true },
    endsOn: { type: String, required: true },
    capacity: { type: Number, required: true },
    capacityRevision: Number,
    enrolmentOpensAt: { type: Date, required: true },
    enrolmentClosesAt: { type: Date, required: true },
    publishedBy: { type: String, required: true },
    publishedAt: { type: Date, required: true },
    cancellation: {
      type: new Schema({ at: Date, by: String, byRole: String, reason: String }, { _id: false }),
      default: undefined,
    },
    recorded: { type: new Schema({ reference: String }, { _id: false }), default: undefined },
    // The transactional outbox: run-published waits here, written with the run (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: 'course_runs', versionKey: false, timestamps: false },
);

// A course's runs by start day.
runSchema.index({ courseId: 1, startsOn: 1, _id: 1 });
