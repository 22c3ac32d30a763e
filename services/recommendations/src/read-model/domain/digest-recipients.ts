import type { JobSeekingStatus } from '@vetlink/contracts';

/** Employed veterans get no digest; those actively looking or open to offers do, unless they turned it off. */
export const DIGEST_STATUSES: readonly JobSeekingStatus[] = ['actively-looking', 'open'];

export function receivesDigest(veteran: {
  jobSeekingStatus: JobSeekingStatus;
  weeklyDigest: boolean;
}): boolean {
  return veteran.weeklyDigest && DIGEST_STATUSES.includes(veteran.jobSeekingStatus);
}
