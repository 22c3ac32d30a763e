import { Schema } from 'mongoose';
import type { Base } from './domain/base';
import type { Programme } from './domain/programme';

export const BASE_MODEL = 'Base';
export const PROGRAMME_MODEL = 'Programme';

export type BaseRecord = Omit<Base, 'id'> & { _id: string };
export type ProgrammeRecord = Omit<Programme, 'id'> & { _id: string };

export const baseSchema = new Schema<BaseRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    operator: { type: String, required: true },
    cityId: { type: String, required: true },
    address: { type: String, required: true },
    focusIndustries: { type: [String], default: [] },
    units: { type: Schema.Types.Mixed, required: true },
    equipment: { type: [String], default: [] },
    support: { type: Schema.Types.Mixed, default: () => [] },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'bases', versionKey: false, timestamps: false, minimize: false },
);

export const programmeSchema = new Schema<ProgrammeRecord>(
  {
    _id: { type: String, required: true },
    baseId: { type: String, required: true },
    name: { type: String, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    seats: { type: Number, required: true },
    eligibility: { type: Schema.Types.Mixed, required: true },
    rubric: { type: Schema.Types.Mixed, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'programmes', versionKey: false, timestamps: false, minimize: false },
);

programmeSchema.index({ baseId: 1, opensAt: -1 });
