import { Inject, Injectable } from '@nestjs/common';
import { createEvent, weeklyDigestReady } from '@vetlink/contracts';
import { eventOrigin, EventProducer } from '@vetlink/messaging';
import type { VeteranForMatching } from '@vetlink/matching-score';
import { LookupBatcher } from '@vetlink/persistence';
import { ErasedVeterans, VeteranDataRegistry } from '@vetlink/privacy';
import { SERVICE_NAME } from '../service-name';
import { Clock, CLOCK } from '@vetlink/clock';
import { RecommendationsSettings, SETTINGS } from '../settings.module';
import { AlreadyToldLedger } from '../already-told/already-told-ledger';
import { DigestRecord } from './digest.schema';
import { packDigest, unpackDigest } from './digest-content';
import { DigestRecords } from './digest-records';
import type { DigestTask } from './digest-task';
import { digestEventId, digestIdOf, digestPayload, digestPick } from './domain/digest-payload';
import { DigestOutcome, digestWindow } from './domain/digest-window';
import { pickDigestJobs } from './domain/pick-jobs';
import { LastDigests } from './last-digests';
import { RunJobIndex } from './run-job-index';

/**
 * One veteran's digest of one run, up to its outcome (which the run records: see DigestJobHandler).
 * Exactly once per veteran and week without transactions: the stored digest (insert-once, keyed by week
 * and veteran) fixes what is sent; the event's id derives from the digest's, so publishing it again
 * after a crash is a repeat that consumers recognise. Each step is safe to repeat.
 */
@Injectable()
export class ComposeDigest {
  /** The erasure checks of one worker's concurrent digests go to the database together (two per digest). */
  private readonly erased: LookupBatcher<string, boolean>;

  constructor(
    private readonly jobs: RunJobIndex,
    private readonly told: AlreadyToldLedger,
    private readonly lastDigests: LastDigests,
    private readonly digests: DigestRecords,
    private readonly producer: EventProducer,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    erasedVeterans: ErasedVeterans,
    private readonly veteranData: VeteranDataRegistry,
  ) {
    this.erased = new LookupBatcher(
      async (veteranIds) =>
        new Map([...(await erasedVeterans.erasedAmong(veteranIds))].map((id) => [id, true])),
      false,
    );
  }

  /** Never for an erased veteran: checked before, and after in case the erasure arrived meanwhile. */
  async execute(task: DigestTask, veteran: VeteranForMatching): Promise<DigestOutcome> {
    const { veteranId } = task;
    if (await this.erased.get(veteranId)) return 'nothing-new';
    const outcome = await this.composeAndSend(task, veteran);
    if (await this.erased.get(veteranId)) await this.veteranData.eraseFor(veteranId);
    return outcome;
  }

  private async composeAndSend(task: DigestTask, veteran: VeteranForMatching): Promise<DigestOutcome> {
    const until = new Date(task.until);
    const previousUntil = await this.lastDigests.until(task.veteranId);
    if (!task.dryRun && previousUntil && previousUntil.getTime() >= until.getTime()) {
      return this.resume(task);
    }
    const digest = await this.compose(task, veteran, until, previousUntil);
    if (task.dryRun || !digest) return digest ? 'sent' : 'nothing-new';
    return this.send(await this.digests.insertOnce(digest));
  }

  private async compose(
    task: DigestTask,
    veteran: VeteranForMatching,
    until: Date,
    previousUntil: Date | null,
  ): Promise<DigestRecord | null> {
    const { digest: settings } = this.settings;
    const window = digestWindow(previousUntil, until, settings.lookback);
    const [index, told] = await Promise.all([
      this.jobs.forRun(task.runId, until),
      this.told.toldTo(veteran.veteranId),
    ]);
    const picks = pickDigestJobs(veteran, index, told, window, settings.policy);
    if (picks.length === 0) return null;
    const preparedAt = this.clock.now();
    const payload = digestPayload(
      veteran,
      { id: task.week, monday: task.weekOf },
      window,
      picks.map(digestPick),
      preparedAt,
    );
    return {
      _id: payload.digestId,
      veteranId: payload.veteranId,
      week: payload.week,
      jobCount: payload.jobs.length,
      eventId: digestEventId(payload.digestId),
      preparedAt,
      payload: packDigest(payload),
    };
  }

  /** The digest of this week went out (or was about to) before a crash: send the stored one again. */
  private async resume(task: DigestTask): Promise<DigestOutcome> {
    const stored = await this.digests.find(digestIdOf(task.week, task.veteranId));
    if (!stored) return 'nothing-new';
    return this.send(stored);
  }

  private async send(digest: DigestRecord): Promise<DigestOutcome> {
    const payload = unpackDigest(digest.payload);
    const envelope = createEvent(weeklyDigestReady, payload, {
      ...eventOrigin(SERVICE_NAME, new Date(digest.preparedAt)),
      eventId: digest.eventId,
    });
    await this.producer.publish([{ topic: weeklyDigestReady.topic, envelope }]);
    await this.lastDigests.advance(digest.veteranId, new Date(payload.until));
    return 'sent';
  }
}
