// Incubation's plain logic: programme windows, the venture form and its body, what each side may do in
// each state of an application (the incubators service's state machine, services/incubators/README.md),
// and the rubric's weighted total a reviewer sees before sending their scores.
import type { components } from '../api/schema';
import { normaliseCreditCode } from './credit-code';

type Schemas = components['schemas'];
export type Application = Schemas['incubators.ApplicationViewDto'];
export type ApplicationState = Application['state'];
export type Programme = Schemas['incubators.ProgrammeViewDto'];
export type Base = Schemas['incubators.BaseViewDto'];
export type DraftBody = Schemas['incubators.DraftApplicationBody'];
export type Industry = DraftBody['industry'];
export type Stage = DraftBody['stage'];
export type SpaceType = NonNullable<DraftBody['spaceNeed']>['type'];
export type RevenueBand = Schemas['incubators.EndResidenceBody']['outcomes']['revenueBand'];
export type Criterion = Programme['rubric'][number];

export const STAGES: Stage[] = ['idea', 'prototype', 'early-revenue', 'growth'];
export const SPACE_TYPES: SpaceType[] = ['workstation', 'private-office', 'meeting-room'];
export const REVENUE_BANDS: RevenueBand[] = ['none', 'under-100k', '100k-1m', '1m-10m', 'over-10m'];
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export type ProgrammeWindow = 'upcoming' | 'open' | 'closed';

/** Applications are taken from `opensAt` until just before `closesAt`, as the service checks it. */
export function programmeWindow(
  programme: Pick<Programme, 'opensAt' | 'closesAt'>,
  now: Date,
): ProgrammeWindow {
  if (now.getTime() < Date.parse(programme.opensAt)) return 'upcoming';
  return now.getTime() < Date.parse(programme.closesAt) ? 'open' : 'closed';
}

/** Money is kept in fen (1 CNY = 100 fen); people type yuan. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

export interface TeamMemberForm {
  name: string;
  role: string;
  veteran: boolean;
  veteranId?: string;
}

/** What the founder types; the body the service takes is made from it by `ventureBody`. */
export interface VentureForm {
  ventureName: string;
  summary: string;
  industry: Industry | '';
  stage: Stage;
  registered: boolean;
  creditCode: string;
  fundingNeedYuan: number;
  needsSpace: boolean;
  spaceType: SpaceType;
  spaceUnits: number;
  team: TeamMemberForm[];
}

/** A new venture: its founder first in the team, a veteran named by their own id (the service checks it). */
export function emptyVentureForm(founderId: string): VentureForm {
  return {
    ventureName: '',
    summary: '',
    industry: '',
    stage: 'idea',
    registered: false,
    creditCode: '',
    fundingNeedYuan: 0,
    needsSpace: true,
    spaceType: 'workstation',
    spaceUnits: 1,
    team: [{ name: '', role: '', veteran: true, veteranId: founderId }],
  };
}

/** A saved draft back in the form, to carry on where the founder left it. */
export function ventureFormOf(application: Application): VentureForm {
  const { venture } = application;
  return {
    ventureName: venture.name,
    summary: venture.summary,
    industry: venture.industry as Industry,
    stage: venture.stage,
    registered: venture.registration.registered,
    creditCode: venture.registration.registered ? venture.registration.creditCode : '',
    fundingNeedYuan: fenToYuan(venture.fundingNeedFen),
    needsSpace: venture.spaceNeed !== null,
    spaceType: venture.spaceNeed?.type ?? 'workstation',
    spaceUnits: venture.spaceNeed?.units ?? 1,
    team: application.team.map((member) => ({ ...member })),
  };
}

/** The form fields an API issue may name, in the body's own names (`registration.creditCode`, `team.0.name`). */
export const VENTURE_FIELDS = [
  'ventureName',
  'summary',
  'industry',
  'stage',
  'registration',
  'fundingNeedFen',
  'spaceNeed',
  'team',
] as const;
export type VentureField = (typeof VENTURE_FIELDS)[number];

/** What is missing before the form may be sent, by field; values are i18n keys under `incubation.form.`. */
export function ventureProblems(form: VentureForm): Partial<Record<VentureField, string>> {
  const problems: Partial<Record<VentureField, string>> = {};
  if (!form.ventureName.trim()) problems.ventureName = 'required';
  if (!form.summary.trim()) problems.summary = 'required';
  if (!form.industry) problems.industry = 'required';
  if (form.registered && !normaliseCreditCode(form.creditCode)) problems.registration = 'creditCodeRequired';
  if (!Number.isFinite(form.fundingNeedYuan) || form.fundingNeedYuan < 0)
    problems.fundingNeedFen = 'notNegative';
  if (form.team.length === 0 || form.team.some((member) => !member.name.trim() || !member.role.trim()))
    problems.team = 'teamNames';
  return problems;
}

/** The body of a new draft (and of an edit: the service takes the same fields, each optional). */
export function ventureBody(form: VentureForm): DraftBody {
  if (!form.industry) throw new Error('the industry is required before the form is sent');
  return {
    ventureName: form.ventureName.trim(),
    summary: form.summary.trim(),
    industry: form.industry,
    stage: form.stage,
    registration: form.registered
      ? { registered: true, creditCode: normaliseCreditCode(form.creditCode) }
      : { registered: false },
    fundingNeedFen: yuanToFen(form.fundingNeedYuan),
    spaceNeed: form.needsSpace ? { type: form.spaceType, units: form.spaceUnits } : null,
    team: form.team.map((member) => ({
      name: member.name.trim(),
      role: member.role.trim(),
      veteran: member.veteran,
      ...(member.veteran && member.veteranId ? { veteranId: member.veteranId } : {}),
    })),
  };
}

/** The steps a founder follows on their phone; every state falls on one of them. */
export const FOUNDER_STEPS = ['draft', 'submitted', 'review', 'decision', 'residence', 'ended'] as const;
export type FounderStep = (typeof FOUNDER_STEPS)[number];

export function founderStep(state: ApplicationState): FounderStep {
  switch (state) {
    case 'draft':
      return 'draft';
    case 'submitted':
      return 'submitted';
    case 'screening':
    case 'in-review':
      return 'review';
    case 'accepted':
    case 'rejected':
    case 'waitlisted':
    case 'withdrawn':
      return 'decision';
    case 'in-residence':
      return 'residence';
    case 'graduated':
    case 'exited':
      return 'ended';
  }
}

const WITHDRAWABLE: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'screening',
  'in-review',
  'waitlisted',
  'accepted',
];

export function founderMayWithdraw(state: ApplicationState): boolean {
  return WITHDRAWABLE.includes(state);
}

export type StaffAction =
  'screen' | 'send-to-review' | 'assign-reviewers' | 'decide' | 'reject' | 'residence';

/** What base staff may do next, by state (the service refuses anything else with a 409 naming the state). */
export function staffActions(state: ApplicationState): StaffAction[] {
  switch (state) {
    case 'submitted':
      return ['screen', 'reject'];
    case 'screening':
      return ['send-to-review', 'assign-reviewers', 'reject'];
    case 'in-review':
      return ['assign-reviewers', 'decide'];
    case 'waitlisted':
      return ['decide'];
    case 'in-residence':
      return ['residence'];
    default:
      return [];
  }
}

/** The decisions open in a state: a waitlisted startup is accepted or rejected, never waitlisted again. */
export function decisionOutcomes(state: ApplicationState): ('accept' | 'reject' | 'waitlist')[] {
  if (state === 'in-review') return ['accept', 'waitlist', 'reject'];
  if (state === 'waitlisted') return ['accept', 'reject'];
  return [];
}

export function isAssignedReviewer(
  application: Pick<Application, 'reviewers'>,
  userId: string | undefined,
): boolean {
  return !!userId && (application.reviewers ?? []).some((reviewer) => reviewer.userId === userId);
}

/**
 * A reviewer's weighted total as the service computes it (the weighted mean of their 1-5 scores, to two
 * decimals), shown while they score; undefined until every criterion has a score.
 */
export function weightedTotal(
  rubric: readonly Criterion[],
  scores: Record<string, number | undefined>,
): number | undefined {
  if (rubric.length === 0 || rubric.some((criterion) => scores[criterion.id] === undefined)) return undefined;
  const weights = rubric.reduce((sum, criterion) => sum + criterion.weight, 0);
  const weighted = rubric.reduce((sum, criterion) => sum + criterion.weight * (scores[criterion.id] ?? 0), 0);
  return Math.round((weighted / weights) * 100) / 100;
}

/** A total, mean or spread as people read it: at most two decimals, without float noise (4.1, not 4.1000000000000005). */
export function scoreText(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The anchors of a criterion in score order, the lowest first. */
export function anchorsInOrder(criterion: Criterion): { score: number; text: string }[] {
  return Object.entries(criterion.anchors)
    .map(([score, text]) => ({ score: Number(score), text }))
    .sort((a, b) => a.score - b.score);
}

/** The waitlist of a programme, first place first. */
export function waitlistOrder<T extends Pick<Application, 'waitlistPosition'>>(
  applications: readonly T[],
): T[] {
  return applications
    .filter((application) => application.waitlistPosition !== undefined)
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
}

/** Reviewer ids typed by staff, one per line or separated by commas or spaces, each once. */
export function parseUserIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,，]+/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}
