import { NOTIFICATION_CHANNELS } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { NOTIFICATION_CATEGORIES } from '../templates/domain/template';
import { DELIVERY_STATUSES, DeliveryRecord } from './records/delivery.schema';
import { NotificationRecord } from './records/notification.schema';

const instant = z.iso.datetime();

const deliveryView = z.object({
  channel: z.enum(NOTIFICATION_CHANNELS),
  status: z.enum(DELIVERY_STATUSES),
  notBefore: instant.nullable(),
  attempts: z.array(
    z.object({
      attempt: z.number().int(),
      at: instant,
      outcome: z.enum(['delivered', 'failed', 'held', 'cancelled', 'skipped']),
      durationMs: z.number(),
      detail: z.string().nullable(),
    }),
  ),
});

const notificationView = z.object({
  notificationId: z.string(),
  userId: z.string(),
  type: z.string(),
  category: z.enum(NOTIFICATION_CATEGORIES),
  critical: z.boolean(),
  urgent: z.boolean(),
  createdAt: instant,
  outcome: z.enum(['deliver', 'suppress']),
  suppressedBecause: z.string().nullable(),
  deliveries: z.array(deliveryView),
});

export type NotificationView = z.infer<typeof notificationView>;
export class NotificationDto extends createZodDto(notificationView) {}

export function toNotificationView(
  record: NotificationRecord,
  deliveries: DeliveryRecord[],
): NotificationView {
  return {
    notificationId: record._id,
    userId: record.userId,
    type: record.type,
    category: record.category,
    critical: record.critical,
    urgent: record.urgent,
    createdAt: record.createdAt.toISOString(),
    outcome: record.decision.kind,
    suppressedBecause: record.decision.kind === 'suppress' ? record.decision.reason : null,
    deliveries: deliveries.map((delivery) => ({
      channel: delivery.channel,
      status: delivery.status,
      notBefore: delivery.notBefore?.toISOString() ?? null,
      attempts: delivery.attempts.map((attempt) => ({
        attempt: attempt.attempt,
        at: new Date(attempt.at).toISOString(),
        outcome: attempt.outcome,
        durationMs: attempt.durationMs,
        detail: attempt.detail,
      })),
    })),
  };
}
