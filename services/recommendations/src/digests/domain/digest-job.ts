import type { JobForMatching } from '@vetlink/matching-score';

/** An open job as a digest run sees it. */
export interface DigestJob {
  job: JobForMatching;
  /** The matching score's hash of its material fields (the "already told" ledger compares it). */
  fingerprint: string;
  /** When it was posted or last changed materially (ISO-8601): what "new this week" means. */
  newSince: string;
}

/** A digest covers jobs new in [since, until). */
export interface DigestWindow {
  since: Date;
  until: Date;
}
