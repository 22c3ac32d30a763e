import { Inject, Injectable } from '@nestjs/common';
import type { JobToldVia } from '@vetlink/contracts';
import { ErasedVeterans, VeteranDataRegistry } from '@vetlink/privacy';
import { createHash } from 'node:crypto';
import { ContactPointsRepository } from '../../contacts/contact-points.repository';
import { DeliveryQueues } from '../../delivery/delivery-queues';
import { CHANNELS, ChannelRegistry } from '../../delivery/domain/channel';
import { decideDelivery, DeliveryDecision } from '../../preferences/domain/delivery-decision';
import { UserPreferences } from '../../preferences/use-cases/user-preferences';
import { Clock, CLOCK } from '@vetlink/clock';
import { figuresPlaceOf } from '../../shared/figures-place';
import { NotificationsSettings, SETTINGS } from '../../shared/settings.module';
import { NotificationTemplate } from '../../templates/domain/template';
import { TemplateRegistry } from '../../templates/domain/template-registry';
import { decideNotified } from '../../notified-jobs/domain/notified-job';
import { NotifiedJobsRepository } from '../../notified-jobs/notified-jobs.repository';
import { FINAL_STATUSES } from '../records/delivery.schema';
import { NotificationRecord } from '../records/notification.schema';
import { deliveryRecord, NotificationRecords } from '../records/records.repository';

/** What a producer's event becomes: a template, its data, who gets it, and the identity of the cause. */
export interface NotificationRequest {
  type: string;
  userId: string;
  /** Stable for one cause (matching's matchId): the same cause makes the same notification, once. */
  cause: string;
  data: unknown;
  source: { eventId: string; eventType: string };
  /** The jobs the message tells about, for the shared "already told" ledger. */
  subjects?: { jobId: string; jobFingerprint: string; via: JobToldVia }[];
  /** Where the figures count it (a digest: the veteran's home), when the cause says. */
  cityId?: string;
  districtId?: string;
}

export interface NotifyResult {
  notificationId: string;
  outcome: 'delivering' | 'held' | 'suppressed';
  reason?: string;
}

/** 32 hex characters of SHA-256 over type and cause: no ':' (BullMQ job ids derive from it). */
export function notificationIdOf(type: string, cause: string): string {
  return createHash('sha256').update(`${type}\u0000${cause}`).digest('hex').slice(0, 32);
}

/**
 * Turns a request into a notification: renders it in every language, decides by the user's preferences
 * (opt-out, category, channels and contact points, quiet hours, daily cap) and the "already told" ledger,
 * stores the decision, records the job as told, and queues one delivery per channel.
 *
 * Idempotent end to end without transactions: the notification's id derives from its cause, so a
 * redelivered event finds the stored decision and completes whatever a crash left undone (each later
 * step is an insert-if-absent or a no-op when repeated).
 */
@Injectable()
export class Notify {
  constructor(
    private readonly templates: TemplateRegistry,
    private readonly records: NotificationRecords,
    private readonly preferences: UserPreferences,
    private readonly contacts: ContactPointsRepository,
    private readonly notifiedJobs: NotifiedJobsRepository,
    private readonly queues: DeliveryQueues,
    @Inject(CHANNELS) private readonly channels: ChannelRegistry,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly erasedVeterans: ErasedVeterans,
    private readonly veteranData: VeteranDataRegistry,
  ) {}

  /** Never for an erased veteran: checked before, and after in case the erasure arrived meanwhile. */
  async execute(request: NotificationRequest): Promise<NotifyResult> {
    const notificationId = notificationIdOf(request.type, request.cause);
    if (await this.erasedVeterans.has(request.userId))
      return { notificationId, outcome: 'suppressed', reason: 'the veteran was erased' };
    const result = await this.notifyOnce(request, notificationId);
    if (await this.erasedVeterans.has(request.userId)) await this.veteranData.eraseFor(request.userId);
    return result;
  }

  private async notifyOnce(request: NotificationRequest, notificationId: string): Promise<NotifyResult> {
    const template = this.templates.get(request.type);
    // No read first: a new notification is the common case. A repeat decides again (reading only, its cap
    // slot and told entry already name it), then finds its stored decision at the insert and carries that out.
    const now = this.clock.now();
    const content = this.templates.render(request.type, request.data, {
      portalBaseUrl: this.settings.portalBaseUrl,
      calendar: this.settings.calendar,
    });
    const decision = await this.decide(request, template, notificationId, now);
    const record: NotificationRecord = {
      _id: notificationId,
      userId: request.userId,
      type: template.type,
      category: template.category,
      critical: template.critical,
      urgent: template.urgent,
      source: request.source,
      subjects: request.subjects ?? [],
      ...figuresPlaceOf(request),
      content,
      decision,
      createdAt: now,
    };
    if (await this.records.insertNotification(record)) return this.carryOut(record);
    return this.carryOut((await this.records.notification(notificationId)) as NotificationRecord);
  }

  private async decide(
    request: NotificationRequest,
    template: NotificationTemplate,
    notificationId: string,
    now: Date,
  ): Promise<DeliveryDecision> {
    if (
      request.subjects?.length &&
      (await this.allToldAlready(request.userId, request.subjects, notificationId))
    ) {
      return { kind: 'suppress', reason: 'already-told' };
    }
    const preferences = await this.preferences.of(request.userId);
    const reachability = {
      configured: this.channels.configured(),
      contactable: await this.contacts.reachable(request.userId),
    };
    const decision = decideDelivery(template, preferences, reachability, now);
    if (decision.kind === 'deliver' && template.category === 'job-push' && !template.critical) {
      const fits = await this.records.reservePushSlot(
        request.userId,
        notificationId,
        preferences.jobPushDailyCap,
        now,
      );
      // Over the cap the job is not told, so that the weekly digest can still carry it.
      if (!fits) return { kind: 'suppress', reason: 'daily-cap' };
    }
    return decision;
  }

  /** Whether the user was told about every one of these jobs, in these versions, by another notification. */
  async allToldAlready(
    userId: string,
    subjects: readonly { jobId: string; jobFingerprint: string }[],
    notificationId: string,
  ): Promise<boolean> {
    for (const subject of subjects) {
      const told = await this.notifiedJobs.find(userId, subject.jobId);
      if (decideNotified(told, subject.jobFingerprint, notificationId) !== 'already-told') return false;
    }
    return true;
  }

  /** The steps after the decision, each safe to repeat. */
  private async carryOut(record: NotificationRecord): Promise<NotifyResult> {
    const { decision } = record;
    if (decision.kind === 'suppress')
      return { notificationId: record._id, outcome: 'suppressed', reason: decision.reason };
    const now = this.clock.now();
    for (const { channel, reason } of decision.skipped) {
      const attempt = {
        attempt: 0,
        at: now,
        outcome: 'skipped' as const,
        durationMs: 0,
        detail: reason,
        reference: null,
      };
      await this.records.ensureDelivery(deliveryRecord(record, channel, 'skipped', null, now, [attempt]));
    }
    for (const subject of record.subjects) {
      await this.notifiedJobs.record({
        veteranId: record.userId,
        jobId: subject.jobId,
        jobFingerprint: subject.jobFingerprint,
        via: subject.via,
        notificationId: record._id,
        toldAt: record.createdAt,
      });
    }
    for (const channel of decision.channels) {
      const delivery = await this.records.ensureDelivery(
        deliveryRecord(record, channel, decision.notBefore ? 'held' : 'scheduled', decision.notBefore, now),
      );
      if (!FINAL_STATUSES.includes(delivery.status))
        await this.queues.enqueue(delivery._id, channel, delivery.notBefore);
    }
    return { notificationId: record._id, outcome: decision.notBefore ? 'held' : 'delivering' };
  }
}
