import { Controller } from '@nestjs/common';
import { EventEnvelope, weeklyDigestReady, WeeklyDigestReadyPayload } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { NotifyWeeklyDigest } from './use-cases/notify-weekly-digest';

/** recommendations.weekly-digest-ready into the veteran's weekly digest (idempotent per digest). */
@Controller()
export class WeeklyDigestReadyHandler {
  constructor(private readonly weeklyDigest: NotifyWeeklyDigest) {}

  @HandleEvent(weeklyDigestReady)
  async weeklyDigestReady(event: EventEnvelope<WeeklyDigestReadyPayload>): Promise<void> {
    await this.weeklyDigest.execute(event);
  }
}
