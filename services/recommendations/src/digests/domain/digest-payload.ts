import { type DigestPick, nameBasedEventId, type WeeklyDigestReadyPayload } from '@vetlink/contracts';
import {
  matchedJobSummary,
  matchHeadline,
  renderReasons,
  type VeteranForMatching,
} from '@vetlink/matching-score';
import type { IsoWeek } from '../../weeks/domain/iso-week';
import type { DigestWindow } from './digest-job';
import type { PickedJob } from './pick-jobs';

/** Reasons per job in a digest: enough to say why, short enough for a weekly list. */
export const DIGEST_REASONS_PER_JOB = 6;

/** One digest per veteran and week: this id, the stored record's key and the event's identity agree. */
export function digestIdOf(weekId: string, veteranId: string): string {
  return `${weekId}-${veteranId}`;
}

/** The envelope's eventId for a digest: one per digest id, however often and by whomever it is published. */
export function digestEventId(digestId: string): string {
  return nameBasedEventId(DIGEST_NAMESPACE, digestId);
}

const DIGEST_NAMESPACE = '6f1c2a4e-8b7d-4f0a-9c3e-5b2d7a1f0c9e';

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

/** A veteran's digest of the week; it names their home city and district, so that the figures count it there. */
export function digestPayload(
  { veteranId, residence }: Pick<VeteranForMatching, 'veteranId' | 'residence'>,
  week: Pick<IsoWeek, 'id' | 'monday'>,
  window: DigestWindow,
  jobs: readonly DigestPick[],
  preparedAt: Date,
): WeeklyDigestReadyPayload {
  return {
    digestId: digestIdOf(week.id, veteranId),
    veteranId,
    ...(residence ? { cityId: residence.cityId } : {}),
    ...(residence?.districtId ? { districtId: residence.districtId } : {}),
    week: week.id,
    weekOf: week.monday,
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    jobs: [...jobs],
    preparedAt: preparedAt.toISOString(),
  };
}
