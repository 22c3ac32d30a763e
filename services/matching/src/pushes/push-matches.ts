import { Injectable, Logger } from '@nestjs/common';
import { jobMatched, MatchTrigger } from '@vetlink/contracts';
import { eventOrigin, OutboxRelayHost, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../service-name';
import { Ranking } from '../ranking/ranking';
import {
  type JobForMatching,
  type VeteranForMatching,
  isPushWorthy,
  MatchAssessment,
  jobFingerprint,
  matchIdOf,
} from '@vetlink/matching-score';
import { Clock, InjectTunables, MatchingTunables } from '../shared/matching-settings';
import { jobMatchedPayload } from './domain/job-matched-payload';
import { decidePush, isPushable, pushLedgerKey } from './domain/push-decision';
import { PushLedgerRepository } from './push-ledger.repository';
import { PUSHES_COLLECTION } from './push-ledger.schema';

/** Who gets pushes: only veterans actively looking (those merely open to offers wait for the digest). */
const PUSHED_STATUSES = ['actively-looking'] as const;

export interface PushRun {
  considered: number;
  pushed: number;
}

/**
 * Matched pushes: when a job is posted or changes materially, to every actively-looking veteran it
 * fits; when a veteran's profile changes, the best new jobs to that veteran. Each push is decided
 * against the push ledger (never the same job version twice) and written together with its event.
 */
@Injectable()
export class PushMatches {
  private readonly logger = new Logger(PushMatches.name);

  constructor(
    private readonly ranking: Ranking,
    private readonly ledger: PushLedgerRepository,
    private readonly relay: OutboxRelayHost,
    private readonly clock: Clock,
    @InjectTunables() private readonly tunables: MatchingTunables,
  ) {}

  /** `occurredAt`: when the event that triggers the pushes happened. */
  async forJob(
    job: JobForMatching,
    trigger: Extract<MatchTrigger, 'job-posted' | 'job-updated'>,
    occurredAt: string,
  ): Promise<PushRun> {
    if (!isPushable(occurredAt, this.clock.now(), this.tunables.pushWindowHours, job)) {
      return { considered: 0, pushed: 0 };
    }
    const fingerprint = jobFingerprint(job);
    // Candidates come in no particular order, so score many more than are pushed, then keep the best.
    const candidates = await this.ranking.veteransFor(
      job,
      PUSHED_STATUSES,
      this.tunables.maxPushesPerJob * 10,
    );
    const worthy = candidates
      .filter(({ assessment }) => isPushWorthy(assessment, this.tunables.policy))
      .slice(0, this.tunables.maxPushesPerJob);
    let pushed = 0;
    for (const { assessment } of worthy) {
      if (await this.offer(job, fingerprint, assessment, trigger)) pushed++;
    }
    this.logger.debug(
      { jobId: job.jobId, trigger, candidates: candidates.length, pushed },
      'job pushed to fitting veterans',
    );
    return { considered: candidates.length, pushed };
  }

  async forVeteran(veteran: VeteranForMatching, occurredAt: string): Promise<PushRun> {
    if (!isPushable(occurredAt, this.clock.now(), this.tunables.pushWindowHours))
      return { considered: 0, pushed: 0 };
    if (!PUSHED_STATUSES.includes(veteran.jobSeekingStatus as (typeof PUSHED_STATUSES)[number])) {
      return { considered: 0, pushed: 0 };
    }
    const ranked = await this.ranking.jobsFor(veteran);
    let pushed = 0;
    for (const { document, assessment } of ranked) {
      if (
        pushed >= this.tunables.maxPushesPerProfileChange ||
        !isPushWorthy(assessment, this.tunables.policy)
      )
        break;
      if (await this.offer(document.match, jobFingerprint(document.match), assessment, 'profile-changed'))
        pushed++;
    }
    this.logger.debug(
      { veteranId: veteran.veteranId, candidates: ranked.length, pushed },
      'new jobs pushed to a veteran',
    );
    return { considered: ranked.length, pushed };
  }

  /** Pushes one pair unless the ledger says this job version already went to this veteran. */
  private async offer(
    job: JobForMatching,
    fingerprint: string,
    assessment: MatchAssessment,
    trigger: MatchTrigger,
  ): Promise<boolean> {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const last = await this.ledger.last(assessment.veteranId, job.jobId);
      const decision = decidePush(assessment, this.tunables.policy.pushThreshold, fingerprint, last);
      if (!decision.push) return false;
      const now = this.clock.now();
      const event = pendingEvent(
        jobMatched,
        jobMatchedPayload(job, assessment, fingerprint, trigger, now),
        eventOrigin(SERVICE_NAME, now),
      );
      const facts = {
        veteranId: assessment.veteranId,
        jobId: job.jobId,
        fingerprint,
        matchId: matchIdOf(assessment.veteranId, job.jobId, fingerprint),
        score: assessment.score,
        trigger,
        at: now,
      };
      if (decision.why === 'job-changed') {
        await this.ledger.recordRepeat(facts, event);
      } else if (!(await this.ledger.recordFirst(facts, event))) {
        continue; // Someone recorded a push meanwhile: decide again against it.
      }
      this.relay.announce(PUSHES_COLLECTION, pushLedgerKey(assessment.veteranId, job.jobId));
      return true;
    }
    return false;
  }
}
