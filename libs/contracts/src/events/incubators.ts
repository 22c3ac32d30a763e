import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField, taxonomyIdField } from '../lib/payload-fields';

/**
 * The incubators service's topic. Topic names are forever (see TOPICS): consumers subscribe by this string.
 * One topic for a startup's whole path (its application becomes the startup in residence, under one id),
 * keyed by the application, so that its submission, decision, admission, milestones and graduation stay in order.
 */
export const INCUBATOR_TOPICS = {
  startups: 'incubators.startups',
} as const;

/** The vocabularies below travel in payloads: adding a value is safe, renaming one is a new version. */
export const INCUBATOR_DECISIONS = ['accepted', 'rejected', 'waitlisted'] as const;
export const INCUBATION_ENDINGS = ['graduated', 'exited'] as const;
export const INCUBATOR_SPACE_TYPES = ['workstation', 'private-office', 'meeting-room'] as const;
export const VENTURE_STAGES = ['idea', 'prototype', 'early-revenue', 'growth'] as const;
export const REVENUE_BANDS = ['none', 'under-100k', '100k-1m', '1m-10m', 'over-10m'] as const;
export type IncubatorDecision = (typeof INCUBATOR_DECISIONS)[number];
export type IncubationEnding = (typeof INCUBATION_ENDINGS)[number];

/** Money in integer fen (1 CNY = 100 fen). */
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().min(0).max(1_000_000);

const startupRef = {
  applicationId: aggregateIdField,
  programmeId: aggregateIdField,
  baseId: aggregateIdField,
  /** The founder. */
  veteranId: aggregateIdField,
  cityId: taxonomyIdField,
};

export const incubatorApplicationSubmitted = defineEvent({
  type: 'incubators.application-submitted',
  version: 1,
  topic: INCUBATOR_TOPICS.startups,
  description:
    "A veteran founder submitted a startup's application to an incubation programme after it passed every " +
    'eligibility rule; it now goes to screening. Keyed by the application.',
  payload: z.object({
    ...startupRef,
    industry: taxonomyIdField,
    stage: z.enum(VENTURE_STAGES),
    registered: z.boolean(),
    teamSize: z.number().int().min(1).max(100),
    veteranMembers: z.number().int().min(0).max(100),
    fundingNeedFen: fen,
    submittedAt: instantField,
  }),
  keyOf: (payload) => payload.applicationId,
});

export const incubatorApplicationDecided = defineEvent({
  type: 'incubators.application-decided',
  version: 1,
  topic: INCUBATOR_TOPICS.startups,
  description:
    'The base decided an application: accepted, rejected or waitlisted (also when an acceptance found no free ' +
    'seat or unit: `waitlistPosition` then says where it stands), with the reason the founder sees and the ' +
    "review's weighted total when reviewers scored it. Sent again (accepted) when a waitlisted one moves up.",
  payload: z.object({
    ...startupRef,
    decision: z.enum(INCUBATOR_DECISIONS),
    reason: z.string().min(1).max(2000),
    waitlistPosition: z.number().int().min(1).optional(),
    reviewTotal: z.number().min(0).max(5).optional(),
    decidedAt: instantField,
  }),
  keyOf: (payload) => payload.applicationId,
});

export const startupAdmitted = defineEvent({
  type: 'incubators.startup-admitted',
  version: 1,
  topic: INCUBATOR_TOPICS.startups,
  description:
    'An accepted startup took its seat in the programme and the units of space it asked for: it is now in residence.',
  payload: z.object({
    ...startupRef,
    units: z.array(z.object({ spaceType: z.enum(INCUBATOR_SPACE_TYPES), unit: z.number().int().min(1) })),
    admittedAt: instantField,
  }),
  keyOf: (payload) => payload.applicationId,
});

export const milestoneReached = defineEvent({
  type: 'incubators.milestone-reached',
  version: 1,
  topic: INCUBATOR_TOPICS.startups,
  description: 'A startup in residence reached one of its milestones (sent once per milestone).',
  payload: z.object({
    ...startupRef,
    milestoneId: aggregateIdField,
    goal: z.string().min(1).max(200),
    target: z.number(),
    dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    reachedAt: instantField,
  }),
  keyOf: (payload) => payload.applicationId,
});

export const startupGraduated = defineEvent({
  type: 'incubators.startup-graduated',
  version: 1,
  topic: INCUBATOR_TOPICS.startups,
  description:
    'A startup left residence, graduated or exited early (`ending`), with the outcomes the bureau counts: company ' +
    'registered, jobs created and how many went to veterans, revenue band, funding raised, loans taken. Its ' +
    'space is free again.',
  payload: z.object({
    ...startupRef,
    ending: z.enum(INCUBATION_ENDINGS),
    companyRegistered: z.boolean(),
    jobsCreated: count,
    jobsForVeterans: count,
    revenueBand: z.enum(REVENUE_BANDS),
    fundingRaisedFen: fen,
    loansTaken: count,
    endedAt: instantField,
  }),
  keyOf: (payload) => payload.applicationId,
});

export const INCUBATOR_EVENTS: readonly EventDefinition[] = [
  incubatorApplicationSubmitted,
  incubatorApplicationDecided,
  startupAdmitted,
  milestoneReached,
  startupGraduated,
];
