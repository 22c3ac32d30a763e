import { EventDefinition } from '../lib/define-event';
import { ACCOUNT_EVENTS } from './accounts';
import { probeRecorded } from './backbone';
import { INCUBATOR_EVENTS } from './incubators';
import { JOB_EVENTS } from './jobs';
import { LOAN_EVENTS } from './loans';
import { MATCHING_EVENTS } from './matching';
import { MENTOR_EVENTS } from './mentors';
import { NOTIFICATION_EVENTS } from './notifications';
import { PROFILE_EVENTS } from './profiles';
import { RECOMMENDATION_EVENTS } from './recommendations';
import { TRAINING_EVENTS } from './trainings';

export { probeRecorded } from './backbone';
export * from './accounts';
export * from './incubators';
export * from './jobs';
export * from './loans';
export * from './matching';
export * from './mentors';
export * from './notifications';
export * from './profiles';
export * from './recommendations';
export * from './trainings';

/** Every event definition of the platform: the source of the generated catalogue (EVENTS.md). */
export const ALL_EVENTS: readonly EventDefinition[] = [
  probeRecorded,
  ...JOB_EVENTS,
  ...PROFILE_EVENTS,
  ...MATCHING_EVENTS,
  ...RECOMMENDATION_EVENTS,
  ...NOTIFICATION_EVENTS,
  ...LOAN_EVENTS,
  ...MENTOR_EVENTS,
  ...INCUBATOR_EVENTS,
  ...TRAINING_EVENTS,
  ...ACCOUNT_EVENTS,
];
