export const REVIEW_SETTINGS = Symbol('REVIEW_SETTINGS');

export interface ReviewSettings {
  /** How often the instalments of active loans are reviewed. */
  intervalMs: number;
}
