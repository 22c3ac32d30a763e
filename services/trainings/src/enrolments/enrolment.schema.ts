import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { Enrolment } from './domain/enrolment';

export const ENROLMENT_MODEL = 'Enrolment';
export const ENROLMENTS_COLLECTION = 'enrolments';

export type EnrolmentRecord = Omit<Enrolment, 'id'> & { _id: string } & OutboxFields;

export const enrolmentSchema = new Schema<EnrolmentRecord>(
  {
    _id: { type: String, required: true },
    runId: { type: String, required: true },
    courseId: { type: String, required: true },
    veteranId: { type: String, required: true },
    status: { type: String, required: true },
    seatNo: Number,
    waitlistPosition: Number,
    sequence: { type: Number, required: true },
    enrolledAt: { type: Date, required: true },
    promotedAt: Date,
    cancelledAt: Date,
    cancelledBy: String,
    completion: {
      type: {
        outcome: String,
        attendancePercent: Number,
        recordedBy: String,
        recordedAt: Date,
        _id: false,
      },
      default: undefined,
    },
    recordedAfterwards: Boolean,
    updatedAt: { type: Date, required: true },
    // The transactional outbox: each enrolment event waits here, written with the change it records.
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: ENROLMENTS_COLLECTION, versionKey: false, timestamps: false },
);

// A run's roster and line; a veteran's enrolments (MongoDB; FerretDB scans these).
enrolmentSchema.index({ runId: 1, status: 1, waitlistPosition: 1 });
enrolmentSchema.index({ veteranId: 1, enrolledAt: -1 });
