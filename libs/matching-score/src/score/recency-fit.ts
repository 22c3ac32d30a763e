import type { Fit } from './fit';
import type { JobForMatching } from '../inputs/match-inputs';

const DAY_MS = 24 * 3600_000;
/** Posted within this many days: full marks, and said so. */
export const FRESH_DAYS = 7;
/** By this age a posting gets only STALE_FIT. */
export const STALE_DAYS = 60;
export const STALE_FIT = 0.2;

/** 1 for a posting up to FRESH_DAYS old, falling linearly to STALE_FIT at STALE_DAYS and staying there. */
export function recencyFit(job: JobForMatching, now: Date): Fit {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(job.postedAt)) / DAY_MS));
  const fit =
    days <= FRESH_DAYS
      ? 1
      : Math.max(STALE_FIT, 1 - (1 - STALE_FIT) * ((days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS)));
  return {
    fit,
    reasons: days <= FRESH_DAYS ? [{ kind: 'recent', polarity: 'match', daysSincePosted: days }] : [],
    vetoes: [],
  };
}
