/**
 * Matching's weights (services/matching/README.md): each component of a recommendation is the points
 * it gave, out of its weight; the score is their sum, out of 100.
 */
export const WEIGHTS: Readonly<Record<string, number>> = {
  skills: 30,
  occupation: 15,
  text: 15,
  salary: 10,
  seniority: 10,
  distance: 8,
  employmentType: 4,
  recency: 4,
  veteranPriority: 4,
};

export interface ScorePart {
  key: string;
  points: number;
  weight: number;
  /** points out of the weight, 0–100 */
  percent: number;
}

/** The components in the weights' order (the biggest first), each with its share of its weight. */
export function scoreBreakdown(components: Readonly<Record<string, number>>): ScorePart[] {
  return Object.entries(WEIGHTS)
    .filter(([key]) => Number.isFinite(components[key]))
    .map(([key, weight]) => {
      const points = Math.max(0, Math.min(weight, components[key] as number));
      return {
        key,
        weight,
        points: Math.round(points * 10) / 10,
        percent: Math.round((points / weight) * 100),
      };
    });
}

/** A text in both languages, read in the portal's current one. */
export function localized(text: { zh: string; en: string } | undefined, locale: string): string {
  if (!text) return '';
  return locale.startsWith('zh') ? text.zh : text.en;
}

/** Monthly salary range as people read it: 7,000–9,000. */
export function salaryRange(salary: { min: number; max: number } | undefined, locale: string): string {
  if (!salary) return '';
  const format = new Intl.NumberFormat(locale);
  return salary.min === salary.max
    ? format.format(salary.min)
    : `${format.format(salary.min)}–${format.format(salary.max)}`;
}
