import { Inject, Injectable } from '@nestjs/common';
import type { NotificationChannel } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotificationSentChannel, recordJobPushes, recordNotificationSent } from '@vetlink/metrics';
import { inSpan } from '@vetlink/tracing';
import { ContactPointsRepository } from '../../contacts/contact-points.repository';
import { CHANNELS, ChannelRegistry, DeliveryFailure } from '../../delivery/domain/channel';
import { gateAtDelivery } from '../../preferences/domain/delivery-decision';
import { UserPreferences } from '../../preferences/use-cases/user-preferences';
import { SERVICE_NAME } from '../../service-name';
import { scrubEmailAddresses } from '../../shared/personal-data-text';
import { figuresPlaceOf } from '../../shared/figures-place';
import { DeliveryAttempt, FINAL_STATUSES } from '../records/delivery.schema';
import { NotificationRecords } from '../records/records.repository';

export type DeliveryOutcome =
  /** Delivered, cancelled, skipped, or already finished: nothing more to do. */
  | { kind: 'done' }
  /** Quiet hours (as they are now): go out at `until`. */
  | { kind: 'hold'; until: Date }
  /** Failed; worth another try after the backoff. */
  | { kind: 'retry'; reason: string }
  /** Failed for good (a permanent failure, or the last attempt). */
  | { kind: 'give-up'; reason: string };

/** `vetlink_notifications_sent_total`'s channel: the inbox, e-mail, or a gateway reached by webhook. */
const SENT_CHANNEL: Record<NotificationChannel, NotificationSentChannel> = {
  'in-app': 'inbox',
  email: 'email',
  sms: 'sms',
  wechat: 'webhook',
};

/**
 * One attempt at one delivery, as the BullMQ worker runs it. It asks the user's preferences again (an
 * opt-out or new quiet hours since the notification was made are obeyed), sends through the channel's
 * adapter, and records the attempt on the delivery, whatever its outcome.
 */
@Injectable()
export class DeliverNotification {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'delivery' });

  constructor(
    private readonly records: NotificationRecords,
    private readonly preferences: UserPreferences,
    private readonly contacts: ContactPointsRepository,
    @Inject(CHANNELS) private readonly channels: ChannelRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(deliveryId: string, attempt: number, maxAttempts: number): Promise<DeliveryOutcome> {
    const delivery = await this.records.delivery(deliveryId);
    if (!delivery) {
      this.logger.warn({ deliveryId }, 'a delivery job without its delivery record; dropped');
      return { kind: 'done' };
    }
    if (FINAL_STATUSES.includes(delivery.status)) return { kind: 'done' };
    const notification = await this.records.notification(delivery.notificationId);
    if (!notification) {
      this.logger.warn({ deliveryId }, 'a delivery without its notification; dropped');
      return { kind: 'done' };
    }
    const started = this.clock.now();
    const startedMs = Date.now();
    const record = (
      outcome: DeliveryAttempt['outcome'],
      detail: string | null = null,
      reference: string | null = null,
    ): DeliveryAttempt => ({
      attempt,
      at: started,
      outcome,
      durationMs: Date.now() - startedMs,
      detail,
      reference,
    });

    const preferences = await this.preferences.of(notification.userId);
    const gate = gateAtDelivery(notification, preferences, started);
    if (gate.kind === 'cancel') {
      await this.records.recordAttempt(deliveryId, 'cancelled', record('cancelled', gate.reason));
      return { kind: 'done' };
    }
    if (gate.kind === 'hold') {
      await this.records.hold(deliveryId, gate.until, started);
      return { kind: 'hold', until: gate.until };
    }

    const channel: NotificationChannel = delivery.channel;
    const adapter = this.channels.get(channel);
    const address =
      channel === 'in-app' ? null : await this.contacts.addressFor(notification.userId, channel);
    if (!adapter.configured || (channel !== 'in-app' && !address)) {
      const reason = adapter.configured ? 'no-contact' : 'channel-not-configured';
      await this.records.recordAttempt(deliveryId, 'skipped', record('skipped', reason));
      return { kind: 'done' };
    }

    try {
      // A span per channel send, inside the delivery job's: the delivery's own time and failure in the trace.
      const spanAttributes = {
        'vetlink.delivery.channel': channel,
        'vetlink.notification.type': notification.type,
      };
      const receipt = await inSpan(`deliver ${channel}`, { attributes: spanAttributes }, () =>
        adapter.send({
          deliveryId,
          notificationId: notification._id,
          userId: notification.userId,
          type: notification.type,
          category: notification.category,
          critical: notification.critical,
          language: preferences.language,
          message: notification.content[preferences.language],
          content: notification.content,
          createdAt: notification.createdAt,
          jobIds: (notification.subjects ?? []).map((subject) => subject.jobId),
          ...figuresPlaceOf(notification),
          address,
        }),
      );
      await this.records.recordAttempt(
        deliveryId,
        'delivered',
        record('delivered', null, receipt.reference ?? null),
      );
      recordNotificationSent(SENT_CHANNEL[channel], notification.type);
      if (channel === 'in-app' && notification.category === 'job-push') recordJobPushes();
      return { kind: 'done' };
    } catch (error) {
      const failure =
        error instanceof DeliveryFailure
          ? error
          : new DeliveryFailure(scrubEmailAddresses(String((error as Error).message)).slice(0, 300), false);
      const final = failure.permanent || attempt >= maxAttempts;
      await this.records.recordAttempt(
        deliveryId,
        final ? 'failed' : delivery.status,
        record('failed', failure.message),
      );
      this.logger.warn(
        { deliveryId, channel, attempt, final, reason: failure.message },
        final ? 'delivery failed for good' : 'delivery failed; will retry',
      );
      return final
        ? { kind: 'give-up', reason: failure.message }
        : { kind: 'retry', reason: failure.message };
    }
  }
}
