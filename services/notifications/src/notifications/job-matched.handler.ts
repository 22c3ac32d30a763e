import { Controller, Inject } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { EventEnvelope, jobMatched, JobMatchedPayload } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { HandleEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../service-name';
import { NotificationsSettings, SETTINGS } from '../shared/settings.module';
import { isStalePush, jobMatchedTemplate } from '../templates/domain/job-matched.template';
import { Notify } from './use-cases/notify';

/**
 * matching.job-matched into a job push. A match older than JOB_PUSH_MAX_AGE_HOURS is not pushed (a
 * consumer catching up must not push weeks-old jobs; the weekly digest covers them). Applied once by the
 * consumer's ledger, and again harmlessly (Notify is idempotent) if a crash came between the two.
 */
@Controller()
export class JobMatchedHandler {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'job-matched' });

  constructor(
    private readonly notify: Notify,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @HandleEvent(jobMatched)
  async jobMatched(event: EventEnvelope<JobMatchedPayload>): Promise<void> {
    const match = event.payload;
    if (isStalePush(match, this.clock.now(), this.settings.jobPushMaxAgeMs)) {
      this.logger.debug(
        { eventId: event.eventId, matchedAt: match.matchedAt },
        'a job match too old to push; left to the digest',
      );
      return;
    }
    await this.notify.execute({
      type: jobMatchedTemplate.type,
      userId: match.veteranId,
      cause: match.matchId,
      data: match,
      source: { eventId: event.eventId, eventType: event.type },
      subjects: [{ jobId: match.jobId, jobFingerprint: match.jobFingerprint, via: 'push' }],
    });
  }
}
