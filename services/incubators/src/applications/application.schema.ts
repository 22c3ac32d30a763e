import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields, PendingEvent } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { Actor, Application } from './domain/application';
import type { ApplicationState } from './domain/lifecycle';

export const APPLICATION_MODEL = 'Application';
export const APPLICATIONS_COLLECTION = 'applications';
export const APPLICATION_CHANGE_MODEL = 'ApplicationChange';
export const APPLICATION_CHANGES_COLLECTION = 'application_changes';

export type ApplicationRecord = Omit<Application, 'id'> & { _id: string };

export const applicationSchema = new Schema<ApplicationRecord & OutboxFields>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    programmeId: { type: String, required: true },
    baseId: { type: String, required: true },
    founderId: { type: String, required: true },
    venture: { type: Schema.Types.Mixed, required: true },
    team: { type: Schema.Types.Mixed, required: true },
    state: { type: String, required: true },
    eligibility: { type: Schema.Types.Mixed, default: undefined },
    reviewers: { type: Schema.Types.Mixed, default: () => [] },
    decision: { type: Schema.Types.Mixed, default: undefined },
    waitlistPosition: Number,
    residence: { type: Schema.Types.Mixed, default: undefined },
    history: { type: Schema.Types.Mixed, default: () => [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    submittedAt: Date,
    // The transactional outbox: events wait here, written with the change they record (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: APPLICATIONS_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);

// A founder's applications, a programme's applications (by state, the waitlist in order).
applicationSchema.index({ founderId: 1, createdAt: -1 });
applicationSchema.index({ programmeId: 1, state: 1, waitlistPosition: 1 });

/**
 * One change of an application: the audit trail (who, when, why) and the race-proof decision of which
 * write makes its next version (`_id` `${applicationId}:${version}`: of two requests acting on version 7,
 * the second to insert `:8` gets a duplicate key and decides anew). It carries the application as it is
 * after the change and its events, so a change whose application write was cut short is rolled forward.
 */
export interface ApplicationChangeRecord {
  _id: string;
  applicationId: string;
  version: number;
  action: string;
  from: ApplicationState;
  to: ApplicationState;
  by: Actor;
  at: Date;
  reason: string;
  after: ApplicationRecord;
  events: PendingEvent[];
}

export const applicationChangeSchema = new Schema<ApplicationChangeRecord>(
  {
    _id: { type: String, required: true },
    applicationId: { type: String, required: true },
    version: { type: Number, required: true },
    action: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    by: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
    reason: { type: String, required: true },
    after: { type: Schema.Types.Mixed, required: true },
    events: { type: Schema.Types.Mixed, default: () => [] },
  },
  { collection: APPLICATION_CHANGES_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);

applicationChangeSchema.index({ applicationId: 1, version: 1 });
