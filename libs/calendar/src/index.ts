export { buildIcs, icsContentType, icsMethod } from './lib/ics';
export type { CalendarInvite } from './lib/ics';
export { DEFAULT_CALENDAR_SETTINGS, mentoringSessionInvite } from './lib/mentoring-session';
export type { CalendarSettings, MentoringSession } from './lib/mentoring-session';
