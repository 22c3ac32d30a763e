import type { Principal } from '@vetlink/auth';
import { MAX_SCORE, MIN_SCORE, RubricCriterion } from '../../bases/domain/programme';
import type { Application } from './application';

/** One reviewer's scores, submitted once and never changed (others may read them afterwards). */
export interface ReviewScore {
  applicationId: string;
  reviewerId: string;
  /** Score per criterion id, from 1 to 5. */
  scores: Record<string, number>;
  comment: string;
  submittedAt: Date;
}

export interface ConflictOfInterest {
  applicationId: string;
  reviewerId: string;
  reason: string;
  declaredAt: Date;
}

/** Problems with a reviewer's scores against the rubric, by field: every criterion once, 1 to 5. */
export function scoreIssues(
  rubric: readonly RubricCriterion[],
  scores: Record<string, number>,
): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  for (const criterion of rubric)
    if (scores[criterion.id] === undefined)
      issues.push({
        field: `scores.${criterion.id}`,
        message: `score ${criterion.name} (${MIN_SCORE} to ${MAX_SCORE})`,
      });
  for (const [id, score] of Object.entries(scores)) {
    if (!rubric.some((criterion) => criterion.id === id))
      issues.push({ field: `scores.${id}`, message: 'is not a criterion of the rubric' });
    else if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE)
      issues.push({
        field: `scores.${id}`,
        message: `must be a whole score from ${MIN_SCORE} to ${MAX_SCORE}`,
      });
  }
  return issues;
}

/** A reviewer's weighted total: the weighted mean of their scores, on the rubric's 1-5 scale. */
export function weightedTotal(rubric: readonly RubricCriterion[], scores: Record<string, number>): number {
  const weights = rubric.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (weights === 0) return 0;
  const weighted = rubric.reduce((sum, criterion) => sum + criterion.weight * (scores[criterion.id] ?? 0), 0);
  return round2(weighted / weights);
}

export interface ReviewSummary {
  /** Reviewers whose scores count (submitted, no conflict declared). */
  counted: { reviewerId: string; total: number }[];
  /** The mean of the counted reviewers' totals; undefined without any. */
  total?: number;
  /** Highest minus lowest counted total: how far the reviewers disagree. */
  spread?: number;
  criteria: { id: string; mean: number; spread: number }[];
  /** Reviewers left out for a declared conflict of interest (their scores never count). */
  conflicted: string[];
}

/** The review's totals: a conflicted reviewer's scores never count, whenever the conflict was declared. */
export function summariseReview(
  rubric: readonly RubricCriterion[],
  scores: readonly ReviewScore[],
  conflicts: readonly Pick<ConflictOfInterest, 'reviewerId'>[],
): ReviewSummary {
  const conflicted = new Set(conflicts.map((conflict) => conflict.reviewerId));
  const counting = scores.filter((score) => !conflicted.has(score.reviewerId));
  const counted = counting.map((score) => ({
    reviewerId: score.reviewerId,
    total: weightedTotal(rubric, score.scores),
  }));
  const totals = counted.map((entry) => entry.total);
  const criteria = rubric.map((criterion) => {
    const values = counting.map((score) => score.scores[criterion.id]).filter((value) => value !== undefined);
    return { id: criterion.id, mean: mean(values) ?? 0, spread: spreadOf(values) ?? 0 };
  });
  return {
    counted,
    ...(totals.length > 0 ? { total: mean(totals), spread: spreadOf(totals) } : {}),
    criteria,
    conflicted: [...conflicted].sort(),
  };
}

export type ScoreReading = { allowed: true } | { allowed: false; reason: string };

/**
 * Who may read the scores of an application. An assigned reviewer reads others' scores only after
 * submitting their own (so nobody anchors on another's), and not at all once they declared a conflict;
 * the base's staff and officers, who do not score, read them; nobody else does.
 */
export function mayReadScores(
  reader: Principal,
  application: Pick<Application, 'baseId' | 'reviewers'>,
  own: { submitted: boolean; conflicted: boolean },
): ScoreReading {
  const isReviewer = application.reviewers.some((reviewer) => reviewer.userId === reader.userId);
  if (isReviewer) {
    if (own.conflicted)
      return { allowed: false, reason: 'you declared a conflict of interest on this application' };
    if (!own.submitted)
      return { allowed: false, reason: "submit your own scores before reading the others'" };
    return { allowed: true };
  }
  if (reader.role === 'officer') return { allowed: true };
  if (reader.role === 'base-staff' && reader.organisationId === application.baseId) return { allowed: true };
  return { allowed: false, reason: 'only the reviewers, the base staff and officers read scores' };
}

function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function spreadOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return round2(Math.max(...values) - Math.min(...values));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
