import type { JobStatus } from '@vetlink/contracts';
import { IllegalTransitionError } from '@vetlink/http';

/**
 * The life of a job posting:
 *
 *   draft ──publish──▶ open ◀──resume── paused
 *                       │  ──pause──▶    │
 *                       ├──────────────┬─┘
 *                       ▼              ▼
 *              closed (by the employer or at the deadline)   filled (hires reached headcount)
 *
 * closed and filled are final: a position that opens again is a new posting.
 */
export type JobAction = 'publish' | 'pause' | 'resume' | 'close' | 'expire' | 'fill';

interface Transition {
  from: readonly JobStatus[];
  to: JobStatus;
  verb: string;
}

const TRANSITIONS: Record<JobAction, Transition> = {
  publish: { from: ['draft'], to: 'open', verb: 'publish it' },
  pause: { from: ['open'], to: 'paused', verb: 'pause it' },
  resume: { from: ['paused'], to: 'open', verb: 'resume it' },
  close: { from: ['open', 'paused'], to: 'closed', verb: 'close it' },
  expire: { from: ['open', 'paused'], to: 'closed', verb: 'expire it' },
  fill: { from: ['open', 'paused'], to: 'filled', verb: 'mark it filled' },
};

/** Where a job may still be changed by its employer. */
export const EDITABLE_STATUSES: readonly JobStatus[] = ['draft', 'open', 'paused'];

export function canTakeAction(current: JobStatus, action: JobAction): boolean {
  return TRANSITIONS[action].from.includes(current);
}

/** The status after the action; an IllegalTransitionError (naming the current status) when not allowed. */
export function nextJobStatus(current: JobStatus, action: JobAction): JobStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current))
    throw new IllegalTransitionError('job', current, transition.verb, transition.from);
  return transition.to;
}

/** The statuses a job leaves when its deadline passes. */
export function expiringStatuses(): readonly JobStatus[] {
  return TRANSITIONS.expire.from;
}

export function assertEditable(current: JobStatus): void {
  if (!EDITABLE_STATUSES.includes(current))
    throw new IllegalTransitionError('job', current, 'edit it', EDITABLE_STATUSES);
}

export function isPublished(status: JobStatus): boolean {
  return status !== 'draft';
}
