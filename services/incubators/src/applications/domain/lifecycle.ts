import { IllegalTransitionError } from '@vetlink/http';
import type { Actor, Application, Transition } from './application';

/**
 * The life of an application and the startup it becomes:
 *
 *   draft ─submit─▶ submitted ─screen─▶ screening ─send-to-review─▶ in-review ─accept─▶ accepted ─admit─▶ in-residence
 *                       │                  │                          │  │                                │ graduate | exit
 *                       └──── reject ──────┴────────▶ rejected ◀──────┘  └─waitlist─▶ waitlisted ─accept─┘ ▼
 *   withdrawn ◀─ withdraw (any state before residence)                                          graduated | exited
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'screening',
  'in-review',
  'accepted',
  'rejected',
  'waitlisted',
  'in-residence',
  'graduated',
  'exited',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type ApplicationAction =
  | 'edit'
  | 'submit'
  | 'screen'
  | 'send-to-review'
  | 'assign-reviewers'
  | 'score'
  | 'accept'
  | 'reject'
  | 'waitlist'
  | 'admit'
  | 'track-milestones'
  | 'graduate'
  | 'exit'
  | 'withdraw';

interface Step {
  from: readonly ApplicationState[];
  /** Absent for actions that change the application without moving it (edits, reviewers, milestones). */
  to?: ApplicationState;
  verb: string;
}

const STEPS: Record<ApplicationAction, Step> = {
  edit: { from: ['draft'], verb: 'edit it' },
  submit: { from: ['draft'], to: 'submitted', verb: 'submit it' },
  screen: { from: ['submitted'], to: 'screening', verb: 'start screening it' },
  'send-to-review': { from: ['screening'], to: 'in-review', verb: 'send it to review' },
  'assign-reviewers': { from: ['screening', 'in-review'], verb: 'assign reviewers' },
  score: { from: ['in-review'], verb: 'score it or declare a conflict' },
  accept: { from: ['in-review', 'waitlisted'], to: 'accepted', verb: 'accept it' },
  reject: { from: ['submitted', 'screening', 'in-review', 'waitlisted'], to: 'rejected', verb: 'reject it' },
  waitlist: { from: ['in-review'], to: 'waitlisted', verb: 'waitlist it' },
  admit: { from: ['accepted'], to: 'in-residence', verb: 'admit it' },
  'track-milestones': { from: ['in-residence'], verb: 'track its milestones' },
  graduate: { from: ['in-residence'], to: 'graduated', verb: 'graduate it' },
  exit: { from: ['in-residence'], to: 'exited', verb: 'record its exit' },
  withdraw: {
    from: ['draft', 'submitted', 'screening', 'in-review', 'waitlisted', 'accepted'],
    to: 'withdrawn',
    verb: 'withdraw it',
  },
};

export function canTake(application: Pick<Application, 'state'>, action: ApplicationAction): boolean {
  return STEPS[action].from.includes(application.state);
}

/** Refuses (409, naming the current state) when the action is not allowed from where the application is. */
export function assertCanTake(application: Pick<Application, 'state'>, action: ApplicationAction): void {
  const step = STEPS[action];
  if (!step.from.includes(application.state))
    throw new IllegalTransitionError('application', application.state, step.verb, step.from);
}

/** The application after a moving step, with the step (who, when, why) in its history. */
export function transition(
  application: Application,
  action: ApplicationAction,
  by: Actor,
  at: Date,
  reason: string,
): Application {
  assertCanTake(application, action);
  const to = STEPS[action].to;
  if (!to) throw new Error(`${action} does not move an application`);
  const step: Transition = { from: application.state, to, at, by, reason };
  return { ...application, state: to, history: [...application.history, step], updatedAt: at };
}
