import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { jobMatched, MatchTrigger, nameBasedEventId } from '@vetlink/contracts';
import { eventOrigin, EventProducer, pendingEvent } from '@vetlink/messaging';
import {
  type JobForMatching,
  type VeteranForMatching,
  isPushWorthy,
  MatchAssessment,
  jobFingerprint,
  matchIdOf,
} from '@vetlink/matching-score';
import { SERVICE_NAME } from '../service-name';
import { Ranking } from '../ranking/ranking';
import { InjectTunables, MatchingTunables } from '../shared/matching-settings';
import { jobMatchedPayload } from './domain/job-matched-payload';
import { isPushable, PushCause } from './domain/push-decision';
import { PushLedgerRepository } from './push-ledger.repository';
import type { PushRecord } from './push-ledger.schema';

/** Who gets pushes: only veterans actively looking (those merely open to offers wait for the digest). */
const PUSHED_STATUSES = ['actively-looking'] as const;

/** Every job-matched event of one match id carries this eventId, so a push sent again is recognised. */
const JOB_MATCHED_NAMESPACE = '3b0f7d52-9c1e-4a8b-8f6d-2e5c1a9b7d40';

export interface PushRun {
  considered: number;
  pushed: number;
}

interface Offer {
  job: JobForMatching;
  fingerprint: string;
  assessment: MatchAssessment;
  matchId: string;
}

/**
 * Matched pushes: when a job is posted or changes materially, to every actively-looking veteran it
 * fits; when a veteran's profile changes, the best new jobs to that veteran. The pairs of one handled
 * event are a batch: claimed in the push ledger in one insert (never the same job version twice), then
 * their events published, each under an eventId derived from its match id. The Kafka event is committed
 * only after that; handled again, it finds its own claims and publishes them again under the same ids.
 */
@Injectable()
export class PushMatches {
  private readonly logger = new Logger(PushMatches.name);

  constructor(
    private readonly ranking: Ranking,
    private readonly ledger: PushLedgerRepository,
    private readonly producer: EventProducer,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectTunables() private readonly tunables: MatchingTunables,
  ) {}

  async forJob(
    job: JobForMatching,
    trigger: Extract<MatchTrigger, 'job-posted' | 'job-updated'>,
    cause: PushCause,
  ): Promise<PushRun> {
    if (!isPushable(cause.occurredAt, this.clock.now(), this.tunables.pushWindowHours, job)) {
      return { considered: 0, pushed: 0 };
    }
    const fingerprint = jobFingerprint(job);
    // Candidates come in no particular order, so score many more than are pushed, then keep the best.
    const candidates = await this.ranking.veteransFor(
      job,
      PUSHED_STATUSES,
      this.tunables.maxPushesPerJob * 10,
    );
    const offers = candidates
      .filter(({ assessment }) => isPushWorthy(assessment, this.tunables.policy))
      .slice(0, this.tunables.maxPushesPerJob)
      .map(({ assessment }) => offerOf(job, fingerprint, assessment));
    const pushed = await this.push(offers, trigger, cause);
    this.logger.debug(
      { jobId: job.jobId, trigger, candidates: candidates.length, pushed },
      'job pushed to fitting veterans',
    );
    return { considered: candidates.length, pushed };
  }

  /** The best jobs not pushed to this veteran before, up to MATCH_MAX_PUSHES_PER_PROFILE_CHANGE of them. */
  async forVeteran(veteran: VeteranForMatching, cause: PushCause): Promise<PushRun> {
    if (!isPushable(cause.occurredAt, this.clock.now(), this.tunables.pushWindowHours))
      return { considered: 0, pushed: 0 };
    if (!PUSHED_STATUSES.includes(veteran.jobSeekingStatus as (typeof PUSHED_STATUSES)[number])) {
      return { considered: 0, pushed: 0 };
    }
    const ranked = await this.ranking.jobsFor(veteran);
    const offers = ranked
      .filter(({ assessment }) => isPushWorthy(assessment, this.tunables.policy))
      .map(({ document, assessment }) => offerOf(document.match, jobFingerprint(document.match), assessment));
    // The best jobs this veteran was not pushed before (in these versions).
    const open = await this.ledger.unclaimed(
      offers.map(({ matchId }) => matchId),
      cause.eventId,
      this.tunables.maxPushesPerProfileChange,
    );
    const pushed = await this.push(
      offers.filter(({ matchId }) => open.has(matchId)),
      'profile-changed',
      cause,
    );
    this.logger.debug(
      { veteranId: veteran.veteranId, candidates: ranked.length, pushed },
      'new jobs pushed to a veteran',
    );
    return { considered: ranked.length, pushed };
  }

  /** Claims the offers in the ledger and publishes the events of those claimed: one batch per handled event. */
  private async push(offers: readonly Offer[], trigger: MatchTrigger, cause: PushCause): Promise<number> {
    if (offers.length === 0) return 0;
    const batchId = cause.eventId;
    const now = this.clock.now();
    const entries = offers.map((offer) => ledgerEntry(offer, trigger, batchId, now));
    const claimed = await this.ledger.claim(entries);
    if (claimed.size === 0) return 0;
    const events = offers
      .filter(({ matchId }) => claimed.has(matchId))
      .map((offer) =>
        pendingEvent(
          jobMatched,
          jobMatchedPayload(offer.job, offer.assessment, offer.fingerprint, trigger, now),
          {
            ...eventOrigin(SERVICE_NAME, now),
            eventId: nameBasedEventId(JOB_MATCHED_NAMESPACE, offer.matchId),
          },
        ),
      );
    await this.producer.publish(events);
    return events.length;
  }
}

function offerOf(job: JobForMatching, fingerprint: string, assessment: MatchAssessment): Offer {
  return { job, fingerprint, assessment, matchId: matchIdOf(assessment.veteranId, job.jobId, fingerprint) };
}

function ledgerEntry(offer: Offer, trigger: MatchTrigger, batchId: string, at: Date): PushRecord {
  const { job, fingerprint, assessment } = offer;
  return {
    _id: offer.matchId,
    veteranId: assessment.veteranId,
    jobId: job.jobId,
    fingerprint,
    score: assessment.score,
    trigger,
    batchId,
    pushedAt: at,
  };
}
