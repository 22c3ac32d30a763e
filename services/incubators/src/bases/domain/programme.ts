import type { SpaceType } from './base';

export const REGISTRATION_RULES = ['any', 'registered', 'not-yet-registered'] as const;
export type RegistrationRule = (typeof REGISTRATION_RULES)[number];

/** Scores run from 1 to 5; anchors say what a score means for a criterion so reviewers read it alike. */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export interface RubricCriterion {
  id: string;
  name: string;
  /** Relative weight (1-100); a total is the weighted mean of a reviewer's scores. */
  weight: number;
  /** What a score means, by score ("1", "3", "5"...); at least the lowest and the highest. */
  anchors: Record<string, string>;
}

export interface EligibilityRules {
  founderMustBeVeteran: boolean;
  registration: RegistrationRule;
  /** Industries admitted; empty means any. */
  industries: string[];
}

/** A cohort of a base: who may apply, when, how many seats, and how applications are scored. */
export interface Programme {
  id: string;
  baseId: string;
  name: string;
  opensAt: Date;
  closesAt: Date;
  seats: number;
  eligibility: EligibilityRules;
  rubric: RubricCriterion[];
  createdBy: string;
  createdAt: Date;
}

export function isOpen(programme: Pick<Programme, 'opensAt' | 'closesAt'>, at: Date): boolean {
  return programme.opensAt.getTime() <= at.getTime() && at.getTime() < programme.closesAt.getTime();
}

/** Problems with a rubric, by field: unique criterion ids, anchors for the lowest and highest score. */
export function rubricIssues(rubric: readonly RubricCriterion[]): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  rubric.forEach((criterion, index) => {
    if (seen.has(criterion.id))
      issues.push({ field: `rubric.${index}.id`, message: `criterion ${criterion.id} appears twice` });
    seen.add(criterion.id);
    for (const score of Object.keys(criterion.anchors)) {
      const value = Number(score);
      if (!Number.isInteger(value) || value < MIN_SCORE || value > MAX_SCORE)
        issues.push({
          field: `rubric.${index}.anchors`,
          message: `anchor ${score} is not a score from ${MIN_SCORE} to ${MAX_SCORE}`,
        });
    }
    if (!criterion.anchors[String(MIN_SCORE)] || !criterion.anchors[String(MAX_SCORE)])
      issues.push({
        field: `rubric.${index}.anchors`,
        message: `must say what ${MIN_SCORE} and ${MAX_SCORE} mean`,
      });
  });
  return issues;
}

export type { SpaceType };
