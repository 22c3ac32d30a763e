import { ROLES, type Principal } from '@vetlink/auth';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { SPACE_TYPES } from '../bases/domain/base';
import type { TrailEntry } from './applications.repository';
import {
  Actor,
  Application,
  MILESTONE_STATUSES,
  Milestone,
  REVENUE_BANDS,
  STAGES,
  Transition,
} from './domain/application';
import type { EligibilityReport } from './domain/eligibility';
import { APPLICATION_STATES } from './domain/lifecycle';
import type { ScoresView } from './use-cases/review-applications';

/** What the API answers about applications, their review and their trail (the OpenAPI document shows these). */
const time = z.iso.datetime();
const state = z.enum(APPLICATION_STATES);
const actorSchema = z.object({ userId: z.string(), role: z.enum([...ROLES, 'system']) });

const eligibilityViewSchema = z.object({
  eligible: z.boolean(),
  checkedAt: time,
  rules: z.array(z.object({ rule: z.string(), passed: z.boolean(), reason: z.string() })),
});
export type EligibilityView = z.infer<typeof eligibilityViewSchema>;
export class EligibilityViewDto extends createZodDto(eligibilityViewSchema) {}

const transitionViewSchema = z.object({
  from: state,
  to: state,
  at: time,
  by: actorSchema,
  reason: z.string(),
});

const milestoneViewSchema = z.object({
  id: z.string(),
  goal: z.string(),
  measure: z.string(),
  target: z.number(),
  dueOn: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  mentorIds: z.array(z.string()),
  checkIns: z.array(
    z.object({ at: time, by: z.string(), note: z.string(), progress: z.number().optional() }),
  ),
  reachedAt: time.optional(),
});

export const applicationViewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  programmeId: z.string(),
  baseId: z.string(),
  founderId: z.string(),
  venture: z.object({
    name: z.string(),
    summary: z.string(),
    industry: z.string(),
    stage: z.enum(STAGES),
    registration: z.union([
      z.object({ registered: z.literal(false) }),
      z.object({ registered: z.literal(true), creditCode: z.string() }),
    ]),
    fundingNeedFen: z.number().int(),
    spaceNeed: z.object({ type: z.enum(SPACE_TYPES), units: z.number().int() }).nullable(),
  }),
  team: z.array(
    z.object({ name: z.string(), role: z.string(), veteran: z.boolean(), veteranId: z.string().optional() }),
  ),
  state,
  eligibility: eligibilityViewSchema.optional(),
  /** Absent for the founder: they do not learn who reviews them. */
  reviewers: z.array(z.object({ userId: z.string(), assignedBy: z.string(), assignedAt: time })).optional(),
  decision: z
    .object({
      outcome: z.enum(['accepted', 'rejected', 'waitlisted']),
      reason: z.string(),
      at: time,
      by: actorSchema,
      review: z.object({ total: z.number(), spread: z.number(), reviewers: z.number().int() }).optional(),
    })
    .optional(),
  waitlistPosition: z.number().int().optional(),
  residence: z
    .object({
      seat: z.string(),
      units: z.array(z.string()),
      admittedAt: time,
      milestones: z.array(milestoneViewSchema),
      ended: z
        .object({
          how: z.enum(['graduated', 'exited']),
          at: time,
          reason: z.string(),
          outcomes: z.object({
            companyRegistered: z.boolean(),
            jobsCreated: z.number().int(),
            jobsForVeterans: z.number().int(),
            revenueBand: z.enum(REVENUE_BANDS),
            fundingRaisedFen: z.number().int(),
            loansTaken: z.number().int(),
          }),
        })
        .optional(),
    })
    .optional(),
  history: z.array(transitionViewSchema),
  createdAt: time,
  updatedAt: time,
  submittedAt: time.optional(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;
export class ApplicationViewDto extends createZodDto(applicationViewSchema) {}
export class ApplicationPageDto extends createZodDto(
  z.object({ items: z.array(applicationViewSchema), nextCursor: z.string().optional() }),
) {}

/**
 * The application as its reader may see it: the founder does not learn who reviews them (reviewers score
 * without being lobbied); staff, officers and reviewers see the whole of it.
 */
export function viewFor(reader: Principal, application: Application): ApplicationView {
  const founderReads = reader.role === 'veteran' && reader.userId === application.founderId;
  const { venture, residence, decision } = application;
  return {
    id: application.id,
    version: application.version,
    programmeId: application.programmeId,
    baseId: application.baseId,
    founderId: application.founderId,
    venture: {
      name: venture.name,
      summary: venture.summary,
      industry: venture.industry,
      stage: venture.stage,
      registration: venture.registration.registered
        ? { registered: true, creditCode: venture.registration.creditCode }
        : { registered: false },
      fundingNeedFen: venture.fundingNeedFen,
      spaceNeed: venture.spaceNeed ? { type: venture.spaceNeed.type, units: venture.spaceNeed.units } : null,
    },
    team: application.team.map((member) => ({
      name: member.name,
      role: member.role,
      veteran: member.veteran,
      ...(member.veteranId !== undefined ? { veteranId: member.veteranId } : {}),
    })),
    state: application.state,
    ...(application.eligibility ? { eligibility: toEligibilityView(application.eligibility) } : {}),
    ...(founderReads
      ? {}
      : {
          reviewers: application.reviewers.map((reviewer) => ({
            userId: reviewer.userId,
            assignedBy: reviewer.assignedBy,
            assignedAt: iso(reviewer.assignedAt),
          })),
        }),
    ...(decision
      ? {
          decision: {
            outcome: decision.outcome,
            reason: decision.reason,
            at: iso(decision.at),
            by: actorView(decision.by),
            ...(decision.review ? { review: { ...decision.review } } : {}),
          },
        }
      : {}),
    ...(application.waitlistPosition !== undefined ? { waitlistPosition: application.waitlistPosition } : {}),
    ...(residence
      ? {
          residence: {
            seat: residence.seat,
            units: residence.units,
            admittedAt: iso(residence.admittedAt),
            milestones: residence.milestones.map(milestoneView),
            ...(residence.ended
              ? {
                  ended: {
                    how: residence.ended.how,
                    at: iso(residence.ended.at),
                    reason: residence.ended.reason,
                    outcomes: { ...residence.ended.outcomes },
                  },
                }
              : {}),
          },
        }
      : {}),
    history: application.history.map(transitionView),
    createdAt: iso(application.createdAt),
    updatedAt: iso(application.updatedAt),
    ...(application.submittedAt ? { submittedAt: iso(application.submittedAt) } : {}),
  };
}

export function toEligibilityView(report: EligibilityReport): EligibilityView {
  return {
    eligible: report.eligible,
    checkedAt: iso(report.checkedAt),
    rules: report.rules.map(({ rule, passed, reason }) => ({ rule, passed, reason })),
  };
}

export const scoresViewSchema = z.object({
  summary: z.object({
    counted: z.array(z.object({ reviewerId: z.string(), total: z.number() })),
    total: z.number().optional(),
    spread: z.number().optional(),
    criteria: z.array(z.object({ id: z.string(), mean: z.number(), spread: z.number() })),
    conflicted: z.array(z.string()),
  }),
  scores: z.array(
    z.object({
      applicationId: z.string(),
      reviewerId: z.string(),
      scores: z.record(z.string(), z.number().int()),
      comment: z.string(),
      submittedAt: time,
    }),
  ),
});
export type ScoresViewBody = z.infer<typeof scoresViewSchema>;
export class ScoresViewDto extends createZodDto(scoresViewSchema) {}

export function toScoresView({ summary, scores }: ScoresView): ScoresViewBody {
  return {
    summary: {
      counted: summary.counted.map(({ reviewerId, total }) => ({ reviewerId, total })),
      ...(summary.total !== undefined ? { total: summary.total } : {}),
      ...(summary.spread !== undefined ? { spread: summary.spread } : {}),
      criteria: summary.criteria.map(({ id, mean, spread }) => ({ id, mean, spread })),
      conflicted: summary.conflicted,
    },
    scores: scores.map((score) => ({
      applicationId: score.applicationId,
      reviewerId: score.reviewerId,
      scores: score.scores,
      comment: score.comment,
      submittedAt: iso(score.submittedAt),
    })),
  };
}

const trailEntryViewSchema = z.object({
  version: z.number().int(),
  action: z.string(),
  from: state,
  to: state,
  by: actorSchema,
  at: time,
  reason: z.string(),
});
export type TrailEntryView = z.infer<typeof trailEntryViewSchema>;
export class TrailPageDto extends createZodDto(
  z.object({ items: z.array(trailEntryViewSchema), nextCursor: z.string().optional() }),
) {}

export function toTrailEntryView(entry: TrailEntry): TrailEntryView {
  return {
    version: entry.version,
    action: entry.action,
    from: entry.from,
    to: entry.to,
    by: actorView(entry.by),
    at: iso(entry.at),
    reason: entry.reason,
  };
}

function milestoneView(milestone: Milestone) {
  return {
    id: milestone.id,
    goal: milestone.goal,
    measure: milestone.measure,
    target: milestone.target,
    dueOn: milestone.dueOn,
    status: milestone.status,
    mentorIds: milestone.mentorIds,
    checkIns: milestone.checkIns.map((entry) => ({
      at: iso(entry.at),
      by: entry.by,
      note: entry.note,
      ...(entry.progress !== undefined ? { progress: entry.progress } : {}),
    })),
    ...(milestone.reachedAt ? { reachedAt: iso(milestone.reachedAt) } : {}),
  };
}

function transitionView(step: Transition) {
  return { from: step.from, to: step.to, at: iso(step.at), by: actorView(step.by), reason: step.reason };
}

function actorView(actor: Actor) {
  return { userId: actor.userId, role: actor.role };
}

/** Stored times come back as Dates; a snapshot rolled forward may hold them as text. */
function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
