import type { ProcessRole } from '@vetlink/config';

export const QUEUES_SETTINGS = Symbol('QUEUES_SETTINGS');

export interface QueuesSettings {
  redisUrl: string;
  /** Names the service in the workers' logs. */
  service?: string;
  /** Key prefix of every queue in Redis (BullMQ's own, `bull`, when absent). */
  prefix?: string;
  /** Workers run in processes of role `all` (the default) and `worker`, never in `api`. */
  role?: ProcessRole;
}

export function workersRunIn(role: ProcessRole = 'all'): boolean {
  return role !== 'api';
}
