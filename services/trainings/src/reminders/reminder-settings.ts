import type { ReminderOffset } from './domain/reminder-offsets';

export const REMINDER_SETTINGS = Symbol('TRAINING_REMINDER_SETTINGS');

/** When reminders go out before a run (RUN_REMINDERS). */
export interface ReminderSettings {
  offsets: readonly ReminderOffset[];
}
