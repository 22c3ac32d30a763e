import { InvalidStateError } from '@vetlink/http';
import type { Role } from '@vetlink/auth';
import type { SpaceType } from '../../bases/domain/base';
import type { ApplicationState } from './lifecycle';
import type { EligibilityReport } from './eligibility';

export const STAGES = ['idea', 'prototype', 'early-revenue', 'growth'] as const;
export type Stage = (typeof STAGES)[number];

export interface Actor {
  userId: string;
  role: Role | 'system';
}

export const SYSTEM_ACTOR: Actor = { userId: 'incubators', role: 'system' };

export interface TeamMember {
  name: string;
  role: string;
  /** The member's own word; confirmed when `veteranId` names a veteran with a profile. */
  veteran: boolean;
  veteranId?: string;
}

export type Registration = { registered: false } | { registered: true; creditCode: string };

export interface Venture {
  name: string;
  summary: string;
  industry: string;
  stage: Stage;
  registration: Registration;
  fundingNeedFen: number;
  /** Space asked for: none when the startup works elsewhere. */
  spaceNeed: { type: SpaceType; units: number } | null;
}

/** One step of the review state machine: who, when and why (the audit the issue asks for). */
export interface Transition {
  from: ApplicationState;
  to: ApplicationState;
  at: Date;
  by: Actor;
  reason: string;
}

export interface Reviewer {
  userId: string;
  assignedBy: string;
  assignedAt: Date;
}

export interface Decision {
  outcome: 'accepted' | 'rejected' | 'waitlisted';
  reason: string;
  at: Date;
  by: Actor;
  /** The review's weighted total and spread when the decision was taken (none without scores). */
  review?: { total: number; spread: number; reviewers: number };
}

export const MILESTONE_STATUSES = ['open', 'reached', 'missed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface CheckIn {
  at: Date;
  by: string;
  note: string;
  progress?: number;
}

export interface Milestone {
  id: string;
  goal: string;
  measure: string;
  target: number;
  dueOn: string;
  status: MilestoneStatus;
  mentorIds: string[];
  checkIns: CheckIn[];
  reachedAt?: Date;
}

export const REVENUE_BANDS = ['none', 'under-100k', '100k-1m', '1m-10m', 'over-10m'] as const;
export type RevenueBand = (typeof REVENUE_BANDS)[number];

export interface Outcomes {
  companyRegistered: boolean;
  jobsCreated: number;
  jobsForVeterans: number;
  revenueBand: RevenueBand;
  fundingRaisedFen: number;
  loansTaken: number;
}

export interface Residence {
  seat: string;
  /** Unit claim ids (`${baseId}:${type}:${n}`) held while in residence. */
  units: string[];
  admittedAt: Date;
  milestones: Milestone[];
  ended?: { how: 'graduated' | 'exited'; at: Date; reason: string; outcomes: Outcomes };
}

export interface Application {
  id: string;
  version: number;
  programmeId: string;
  baseId: string;
  founderId: string;
  venture: Venture;
  team: TeamMember[];
  state: ApplicationState;
  eligibility?: EligibilityReport;
  reviewers: Reviewer[];
  decision?: Decision;
  waitlistPosition?: number;
  residence?: Residence;
  history: Transition[];
  createdAt: Date;
  updatedAt: Date;
  submittedAt?: Date;
}

/** How a venture is told apart within a programme: its credit code when registered, else its name. */
export function ventureKey(venture: Pick<Venture, 'name' | 'registration'>): string {
  if (venture.registration.registered) return `code:${venture.registration.creditCode}`;
  return `name:${venture.name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** The residence of a startup admitted to it; refuses (409 naming the state) one that never was. */
export function residenceOf(application: Pick<Application, 'state' | 'residence'>): Residence {
  if (!application.residence)
    throw new InvalidStateError(`the application is ${application.state}: it was never in residence`);
  return application.residence;
}

export function decisionOf(application: Pick<Application, 'state' | 'decision'>): Decision {
  if (!application.decision)
    throw new InvalidStateError(`the application is ${application.state}: it has no decision`);
  return application.decision;
}
