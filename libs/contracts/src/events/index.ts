import { EventDefinition } from '../lib/define-event';
import { probeRecorded } from './backbone';

export { probeRecorded } from './backbone';

/** Every event definition of the platform: the source of the generated catalogue (EVENTS.md). */
export const ALL_EVENTS: readonly EventDefinition[] = [probeRecorded];
