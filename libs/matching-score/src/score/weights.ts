/**
 * The parts of the match score and how many of the 100 points each can give. Every part is first
 * measured as a fit between 0 and 1 (see the functions beside this file), then multiplied by its
 * weight; the score is the rounded sum. Hard requirements are not weights but vetoes (see
 * score-match.ts): a vetoed pair is never pushed and never recommended, whatever it scores.
 *
 * Written down in services/matching/README.md; change both together.
 */
export const SCORE_COMPONENTS = [
  'skills',
  'occupation',
  'text',
  'distance',
  'salary',
  'employmentType',
  'seniority',
  'recency',
  'veteranPriority',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

export type ScoreWeights = Readonly<Record<ScoreComponent, number>>;

export const DEFAULT_WEIGHTS: ScoreWeights = {
  /** Skill overlap after the crosswalk: the heart of the match. */
  skills: 30,
  /** The job's occupation is one the veteran's service leads to, or one they asked for. */
  occupation: 15,
  /** The job's own words mention what the veteran did or wants (text-fit.ts). */
  text: 15,
  /** Near home, relative to the veteran's own radius. */
  distance: 8,
  /** Pay against the veteran's minimum. */
  salary: 10,
  employmentType: 4,
  /**
   * The job's level (title, else occupation) against the veteran's (rank and posts held), and the
   * experience it asks: counsellors weigh a clear step down or up as much as pay.
   */
  seniority: 10,
  /** Newer postings first: old ones are often already filled. */
  recency: 4,
  /** Reserved for veterans, or veterans given priority. */
  veteranPriority: 4,
};

export interface MatchPolicy {
  weights: ScoreWeights;
  /** A pair scoring at least this (0-100) is pushed to the veteran; configurable (MATCH_PUSH_THRESHOLD). */
  pushThreshold: number;
  /** The radius that counts as "near" for a veteran who set none (km). */
  defaultRadiusKm: number;
}

export const DEFAULT_PUSH_THRESHOLD = 60;
export const DEFAULT_RADIUS_KM = 30;

export const DEFAULT_POLICY: MatchPolicy = {
  weights: DEFAULT_WEIGHTS,
  pushThreshold: DEFAULT_PUSH_THRESHOLD,
  defaultRadiusKm: DEFAULT_RADIUS_KM,
};

export function totalWeight(weights: ScoreWeights): number {
  return SCORE_COMPONENTS.reduce((sum, component) => sum + weights[component], 0);
}
