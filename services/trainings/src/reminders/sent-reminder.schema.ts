import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields } from '@vetlink/messaging';
import { Schema } from 'mongoose';

export const SENT_REMINDER_MODEL = 'SentRunReminder';

/**
 * One document per reminder sent, `_id` = `<enrolmentId>:<startsOn>:<offset>` (sentReminderId): its
 * insert is the once-only claim and carries the event (the outbox), so a reminder goes out at most once
 * and never without its record. It names no veteran (the event does, until the relay sends it).
 */
export type SentReminderRecord = { _id: string; enrolmentId: string; sentAt: Date } & OutboxFields;

export const sentReminderSchema = new Schema<SentReminderRecord>(
  {
    _id: { type: String, required: true },
    enrolmentId: { type: String, required: true },
    sentAt: { type: Date, required: true },
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: 'run_reminders_sent', versionKey: false, timestamps: false },
);
