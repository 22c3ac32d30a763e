import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import type { EventEnvelope } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { Notify } from '../notifications/use-cases/notify';
import { SERVICE_NAME } from '../service-name';
import { isTooOld, SkipReason } from './domain/freshness';
import type { Notice } from './domain/notice';
import { PROGRAMME_NOTICE_SETTINGS, ProgrammeNoticeSettings } from './notice-settings';

/**
 * Hands a programme event's notices to `Notify` (preferences, critical and urgent kinds, channels,
 * idempotent by cause), or records why it made none. Logs carry event ids and reasons, never user ids.
 */
@Injectable()
export class SendProgrammeNotices {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'programme-notices' });

  constructor(
    private readonly notify: Notify,
    @Inject(PROGRAMME_NOTICE_SETTINGS) private readonly settings: ProgrammeNoticeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** What session rules need to know about the moment of reading. */
  reading(event: EventEnvelope): { occurredAt: string; now: Date; maxAgeMs: number } {
    return { occurredAt: event.occurredAt, now: this.clock.now(), maxAgeMs: this.settings.maxAgeMs };
  }

  /** Sends the notices unless the event is older than the bound. */
  async unlessTooOld(event: EventEnvelope, notices: Notice[]): Promise<void> {
    const tooOld = isTooOld(event.occurredAt, this.clock.now(), this.settings.maxAgeMs);
    await this.unlessSkipped(event, tooOld ? 'too-old' : null, notices);
  }

  async unlessSkipped(event: EventEnvelope, skip: SkipReason | null, notices: Notice[]): Promise<void> {
    if (skip) {
      this.logger.debug(
        { eventId: event.eventId, eventType: event.type, occurredAt: event.occurredAt, reason: skip },
        'a programme event makes no notice',
      );
      return;
    }
    for (const notice of notices) {
      await this.notify.execute({
        type: notice.type,
        userId: notice.userId,
        cause: notice.cause,
        data: notice.data,
        source: { eventId: event.eventId, eventType: event.type },
      });
    }
  }
}
