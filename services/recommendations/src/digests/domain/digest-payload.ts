import type { DigestPick, WeeklyDigestReadyPayload } from '@vetlink/contracts';
import { matchedJobSummary, matchHeadline, renderReasons } from '@vetlink/matching-score';
import { createHash } from 'node:crypto';
import type { IsoWeek } from '../../weeks/domain/iso-week';
import type { DigestWindow } from './digest-job';
import type { PickedJob } from './pick-jobs';

/** Reasons per job in a digest: enough to say why, short enough for a weekly list. */
export const DIGEST_REASONS_PER_JOB = 6;

/** One digest per veteran and week: this id, the stored record's key and the event's identity agree. */
export function digestIdOf(weekId: string, veteranId: string): string {
  return `${weekId}-${veteranId}`;
}

/**
 * The envelope's eventId for a digest, derived from its id (an RFC 4122 name-based UUID, version 5 on
 * SHA-1): every publication of one digest, by any worker after any crash, carries the same eventId, so
 * consumers' ledgers recognise the repeat.
 */
export function digestEventId(digestId: string): string {
  const bytes = createHash('sha1').update(DIGEST_NAMESPACE).update(digestId).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fixed namespace (itself a UUID's 16 bytes) so that these ids cannot collide with other name-based ones. */
const DIGEST_NAMESPACE = Buffer.from('6f1c2a4e8b7d4f0a9c3e5b2d7a1f0c9e', 'hex');

export function digestPick({ candidate, assessment }: PickedJob): DigestPick {
  return {
    jobId: candidate.job.jobId,
    jobFingerprint: candidate.fingerprint,
    score: assessment.score,
    headline: matchHeadline(candidate.job, assessment),
    reasons: renderReasons(assessment.reasons.slice(0, DIGEST_REASONS_PER_JOB), 'veteran'),
    job: matchedJobSummary(candidate.job, assessment),
  };
}

export function digestPayload(
  veteranId: string,
  week: Pick<IsoWeek, 'id' | 'monday'>,
  window: DigestWindow,
  jobs: readonly DigestPick[],
  preparedAt: Date,
): WeeklyDigestReadyPayload {
  return {
    digestId: digestIdOf(week.id, veteranId),
    veteranId,
    week: week.id,
    weekOf: week.monday,
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    jobs: [...jobs],
    preparedAt: preparedAt.toISOString(),
  };
}
