import { Controller, Inject } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { EventEnvelope, jobMatched, JobMatchedPayload } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { HandleEventBatch } from '@vetlink/messaging';
import { SERVICE_NAME } from '../service-name';
import { NotificationsSettings, SETTINGS } from '../shared/settings.module';
import { isStalePush, jobMatchedTemplate } from '../templates/domain/job-matched.template';
import { NotifyBatch } from './use-cases/notify-batch';

/**
 * matching.job-matched into job pushes, a fetched partition batch at a time (`NotifyBatch`). A match
 * older than JOB_PUSH_MAX_AGE_HOURS is not pushed (a consumer catching up must not push weeks-old jobs;
 * the weekly digest covers them). Applied once by the consumer's ledger, and again harmlessly (every
 * record is keyed by the match) if a crash came between the two.
 */
@Controller()
export class JobMatchedHandler {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'job-matched' });

  constructor(
    private readonly notify: NotifyBatch,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @HandleEventBatch(jobMatched)
  async jobMatched(events: EventEnvelope<JobMatchedPayload>[]): Promise<void> {
    const now = this.clock.now();
    const fresh = events.filter((event) => {
      const stale = isStalePush(event.payload, now, this.settings.jobPushMaxAgeMs);
      if (stale)
        this.logger.debug(
          { eventId: event.eventId, matchedAt: event.payload.matchedAt },
          'a job match too old to push; left to the digest',
        );
      return !stale;
    });
    await this.notify.execute(
      fresh.map(({ eventId, type, payload: match }) => ({
        type: jobMatchedTemplate.type,
        userId: match.veteranId,
        cause: match.matchId,
        data: match,
        source: { eventId, eventType: type },
        subjects: [{ jobId: match.jobId, jobFingerprint: match.jobFingerprint, via: 'push' as const }],
      })),
    );
  }
}
