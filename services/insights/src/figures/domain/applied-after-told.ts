import type { JobToldVia } from '@vetlink/contracts';
import { counted } from './contribution';
import type { FigureId } from './figures';
import { joinId, joinIdPart, type JoinedPair, type JoinSide } from './join';

/**
 * Applied after being told: an application counts when the same veteran was told of the same job
 * (notifications.job-told, by push or in the weekly digest) strictly before it. Both sides are kept per
 * veteran and job (`applied|<veteran>|<job>|told|<n>`, `…|applied|<n>`), every telling and every
 * application, so the answer is the same whatever order they arrive in.
 */

/** A telling of a job to a veteran, as kept (one per notification: a job may be told again, by the other way). */
export interface ToldFact {
  kind: 'told';
  notificationId: string;
  via: JobToldVia;
  toldAt: string;
}

/** An application, as kept: its day and the job's place are where it counts. */
export interface AppliedFact {
  kind: 'applied';
  applicationId: string;
  submittedAt: string;
  cityId?: string;
  districtId?: string;
}

export type EngagementFact = ToldFact | AppliedFact;

/** Told either way; then by the way it was told (an application told both ways counts in both). */
const FIGURES_IN_ORDER: readonly FigureId[] = [
  'applications-after-told',
  'applications-after-push',
  'applications-after-digest',
];
const FIGURE_OF_VIA: Record<JobToldVia, FigureId> = {
  push: 'applications-after-push',
  digest: 'applications-after-digest',
};

export function toldBefore(told: ToldFact, applied: AppliedFact): boolean {
  return Date.parse(told.toldAt) < Date.parse(applied.submittedAt);
}

/**
 * The figures an application counts in, given tellings of its job to its veteran: each once (its claim is
 * named by the figure and the application), on the application's day, in the job's place as the
 * application names it. What counts depends on the facts only, never on which side found them.
 */
export function appliedAfterToldPairs(
  veteranId: string,
  jobId: string,
  applied: AppliedFact,
  tellings: readonly ToldFact[],
): JoinedPair[] {
  const before = tellings.filter((told) => toldBefore(told, applied));
  if (before.length === 0) return [];
  const figures = new Set<FigureId>([
    'applications-after-told',
    ...before.map((told) => FIGURE_OF_VIA[told.via]),
  ]);
  return FIGURES_IN_ORDER.filter((figure) => figures.has(figure)).map((figure) => ({
    claimId: joinId(engagementKey(veteranId, jobId), 'claim', figure, joinIdPart(applied.applicationId)),
    contribution: counted(figure, applied.submittedAt, applied),
  }));
}

export function engagementKey(veteranId: string, jobId: string): string {
  return joinId('applied', joinIdPart(veteranId), joinIdPart(jobId));
}

/** The application's side: it pairs with every telling kept so far. */
export function applicationSide(
  veteranId: string,
  jobId: string,
  applied: AppliedFact,
): JoinSide<EngagementFact> {
  return {
    slot: { key: engagementKey(veteranId, jobId), kind: 'applied', factId: applied.applicationId },
    fact: applied,
    otherKind: 'told',
    veteranId,
    pairsWith: (facts) =>
      appliedAfterToldPairs(
        veteranId,
        jobId,
        applied,
        facts.filter((fact): fact is ToldFact => fact.kind === 'told'),
      ),
  };
}

/**
 * A telling's side: it pairs with every application kept so far, on its own (another telling kept before
 * it was either found by the application, or finds it itself).
 */
export function tellingSide(veteranId: string, jobId: string, told: ToldFact): JoinSide<EngagementFact> {
  return {
    slot: { key: engagementKey(veteranId, jobId), kind: 'told', factId: told.notificationId },
    fact: told,
    otherKind: 'applied',
    veteranId,
    pairsWith: (facts) =>
      facts
        .filter((fact): fact is AppliedFact => fact.kind === 'applied')
        .flatMap((applied) => appliedAfterToldPairs(veteranId, jobId, applied, [told])),
  };
}
