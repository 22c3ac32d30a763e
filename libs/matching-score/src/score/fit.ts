import type { ReasonFacts } from './reason-facts';

/** One part of the score measured alone: a fit from 0 to 1, what speaks for it, and what rules the pair out. */
export interface Fit {
  fit: number;
  reasons: ReasonFacts[];
  vetoes: ReasonFacts[];
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
