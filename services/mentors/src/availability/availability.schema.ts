import { Schema } from 'mongoose';
import type { Availability } from './domain/availability';

export const AVAILABILITY_MODEL = 'Availability';

/** `_id` is the mentor's id: one availability per mentor, read by `_id` on every slot query and booking. */
export type AvailabilityRecord = Omit<Availability, 'mentorId'> & { _id: string };

const windowFields = { start: String, end: String };

export const availabilitySchema = new Schema<AvailabilityRecord>(
  {
    _id: { type: String, required: true },
    weeklyRules: { type: [{ weekday: Number, ...windowFields, _id: false }], default: [] },
    overrides: {
      type: [{ date: String, windows: { type: [{ ...windowFields, _id: false }] }, _id: false }],
      default: [],
    },
    sessionMinutes: { type: [Number], required: true },
    bufferBeforeMinutes: { type: Number, required: true },
    bufferAfterMinutes: { type: Number, required: true },
    minNoticeMinutes: { type: Number, required: true },
    horizonDays: { type: Number, required: true },
    maxPerDay: { type: Number, required: true },
    maxPerWeek: { type: Number, required: true },
    followsPublicCalendar: { type: Boolean, required: true },
    adjustedWorkdayAs: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'availability', versionKey: false, timestamps: false },
);
