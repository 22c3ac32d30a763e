import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import type { NotificationChannel } from '@vetlink/contracts';
import { ErasedVeterans, VeteranDataRegistry } from '@vetlink/privacy';
import { recordJobPushes, recordNotificationSent } from '@vetlink/metrics';
import { inSpan } from '@vetlink/tracing';
import { ContactPointsRepository } from '../../contacts/contact-points.repository';
import { DeliveryQueues } from '../../delivery/delivery-queues';
import { CHANNELS, ChannelRegistry } from '../../delivery/domain/channel';
import { InboxItemRecord } from '../../inbox/inbox.schema';
import { InboxRepository } from '../../inbox/inbox.repository';
import { decideNotified, NotifiedJob } from '../../notified-jobs/domain/notified-job';
import { NotifiedJobsRepository } from '../../notified-jobs/notified-jobs.repository';
import { decideDelivery, DeliveryDecision } from '../../preferences/domain/delivery-decision';
import { NotificationPreferences } from '../../preferences/domain/preferences';
import { fitsDailyCap } from '../../preferences/domain/push-cap';
import { UserPreferences } from '../../preferences/use-cases/user-preferences';
import { figuresPlaceOf } from '../../shared/figures-place';
import { NotificationsSettings, SETTINGS } from '../../shared/settings.module';
import { TemplateRegistry } from '../../templates/domain/template-registry';
import { DeliveryRecord } from '../records/delivery.schema';
import { NotificationRecord } from '../records/notification.schema';
import { PushCountRecord } from '../records/push-count.schema';
import { deliveryRecord, NotificationRecords } from '../records/records.repository';
import { Notify, notificationIdOf, NotificationRequest } from './notify';

/** What a user's part of a batch needs, read once per user. */
interface UserView {
  preferences: NotificationPreferences;
  contactable: Set<NotificationChannel>;
  pushes: PushCountRecord | null;
}

/**
 * `Notify` for many requests at once (a Kafka batch of job matches): the same decisions and records in
 * a few round trips instead of ~19 per notification. Per user, preferences, contact points and the day's
 * push count are read once (a per-batch read rather than a cache, so that a change made through another
 * instance is seen by the next batch without any invalidation); the told ledger is read per job by `_id`.
 * Then: push counts (one write per user), notifications in one unordered insert, inbox items (the
 * in-app channel writes the inbox here, no queue) and their unread sets, deliveries in one insert, told
 * entries with their events in one insert, and one `addBulk` per channel for e-mail, SMS and WeChat.
 *
 * A notification that exists already (a redelivered batch, another instance) goes through `Notify`,
 * which reads its stored decision and completes what a crash left undone. The inbox item is written
 * before the in-app delivery is marked delivered, so a crash between them leaves a delivery that the
 * repeat queues and the in-app worker completes. Never for an erased veteran: checked for the whole
 * batch before, and after in case an erasure arrived meanwhile.
 */
@Injectable()
export class NotifyBatch {
  constructor(
    private readonly templates: TemplateRegistry,
    private readonly records: NotificationRecords,
    private readonly preferences: UserPreferences,
    private readonly contacts: ContactPointsRepository,
    private readonly notifiedJobs: NotifiedJobsRepository,
    private readonly inbox: InboxRepository,
    private readonly queues: DeliveryQueues,
    private readonly notify: Notify,
    @Inject(CHANNELS) private readonly channels: ChannelRegistry,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly erasedVeterans: ErasedVeterans,
    private readonly veteranData: VeteranDataRegistry,
  ) {}

  async execute(requests: readonly NotificationRequest[]): Promise<void> {
    const users = [...new Set(requests.map((request) => request.userId))];
    const erased = await this.erasedVeterans.erasedAmong(users);
    const live = uniqueByNotification(requests.filter((request) => !erased.has(request.userId)));
    if (live.length > 0) await this.notifyAll(live);
    const erasedMeanwhile = await this.erasedVeterans.erasedAmong(users);
    for (const userId of erasedMeanwhile) if (!erased.has(userId)) await this.veteranData.eraseFor(userId);
  }

  private async notifyAll(requests: readonly NotificationRequest[]): Promise<void> {
    const now = this.clock.now();
    const views = await this.readUsers(requests, now);
    const told = await this.readTold(requests);
    const records = this.decideAll(requests, views, told, now);
    await this.countPushes(records, views, now);

    const outcomes = await this.records.insertNotifications(records);
    const fresh = records.filter((_, index) => outcomes[index] === 'inserted');
    const repeats = requests.filter((_, index) => outcomes[index] === 'duplicate');
    const delivering = fresh.filter((record) => record.decision.kind === 'deliver');

    const inboxItems: InboxItemRecord[] = [];
    const deliveries: DeliveryRecord[] = [];
    const queued: { deliveryId: string; channel: NotificationChannel; notBefore: Date | null }[] = [];
    for (const record of delivering) {
      const decision = record.decision as Extract<DeliveryDecision, { kind: 'deliver' }>;
      for (const { channel, reason } of decision.skipped)
        deliveries.push(
          deliveryRecord(record, channel, 'skipped', null, now, [attempt('skipped', now, reason)]),
        );
      for (const channel of decision.channels) {
        if (channel === 'in-app' && !decision.notBefore) {
          inboxItems.push(inboxItemOf(record, now));
          deliveries.push(
            deliveryRecord(record, channel, 'delivered', null, now, [attempt('delivered', now)]),
          );
          continue;
        }
        const status = decision.notBefore ? 'held' : 'scheduled';
        const delivery = deliveryRecord(record, channel, status, decision.notBefore, now);
        deliveries.push(delivery);
        queued.push({ deliveryId: delivery._id, channel, notBefore: decision.notBefore });
      }
    }
    // The in-app pushes are delivered here, in the consumer's trace: their own span says how many and how long.
    if (inboxItems.length > 0)
      await inSpan(
        'deliver in-app',
        { attributes: { 'vetlink.delivery.channel': 'in-app', 'vetlink.delivery.count': inboxItems.length } },
        () => this.inbox.deliverMany(inboxItems),
      );
    await this.records.insertDeliveries(deliveries);
    for (const item of inboxItems) recordNotificationSent('inbox', item.type);
    recordJobPushes(inboxItems.filter((item) => item.category === 'job-push').length);
    await this.recordTold(delivering, told);
    await this.queues.enqueueMany(queued);

    for (const request of repeats) await this.notify.execute(request);
  }

  private async readUsers(
    requests: readonly NotificationRequest[],
    now: Date,
  ): Promise<Map<string, UserView>> {
    // One read after another: a batch's reads sent at once would outwait a small pool's bounded wait queue.
    const views = new Map<string, UserView>();
    for (const userId of new Set(requests.map((request) => request.userId))) {
      views.set(userId, {
        preferences: await this.preferences.of(userId),
        contactable: await this.contacts.reachable(userId),
        pushes: await this.records.pushCount(userId, now),
      });
    }
    return views;
  }

  /** The told entry of each request's subjects, by `userId|jobId` (reads by `_id`). */
  private async readTold(requests: readonly NotificationRequest[]): Promise<Map<string, NotifiedJob | null>> {
    const keys = new Map<string, { userId: string; jobId: string }>();
    for (const request of requests)
      for (const { jobId } of request.subjects ?? [])
        keys.set(toldKey(request.userId, jobId), { userId: request.userId, jobId });
    const entries = new Map<string, NotifiedJob | null>();
    for (const [key, { userId, jobId }] of keys)
      entries.set(key, await this.notifiedJobs.find(userId, jobId));
    return entries;
  }

  /** The records, decided in request order (so the daily cap goes to the earliest matches). */
  private decideAll(
    requests: readonly NotificationRequest[],
    views: ReadonlyMap<string, UserView>,
    told: ReadonlyMap<string, NotifiedJob | null>,
    now: Date,
  ): NotificationRecord[] {
    const configured = this.channels.configured();
    const counted = new Map<string, string[]>();
    // Told by an earlier request of this batch counts as told (the same job matched twice in one batch).
    const toldSoFar = new Map(told);
    return requests.map((request) => {
      const _id = notificationIdOf(request.type, request.cause);
      const template = this.templates.get(request.type);
      const view = views.get(request.userId) as UserView;
      const subjects = request.subjects ?? [];
      const allTold =
        subjects.length > 0 &&
        subjects.every(
          (subject) =>
            decideNotified(
              toldSoFar.get(toldKey(request.userId, subject.jobId)) ?? null,
              subject.jobFingerprint,
              _id,
            ) === 'already-told',
        );
      let decision: DeliveryDecision = allTold
        ? { kind: 'suppress', reason: 'already-told' }
        : decideDelivery(template, view.preferences, { configured, contactable: view.contactable }, now);
      if (decision.kind === 'deliver' && template.category === 'job-push' && !template.critical) {
        const ids = counted.get(request.userId) ?? [...(view.pushes?.notificationIds ?? [])];
        counted.set(request.userId, ids);
        const count = { userId: request.userId, day: '', notificationIds: ids };
        // Over the cap the job is not told, so that the weekly digest can still carry it.
        if (!fitsDailyCap(count, _id, view.preferences.jobPushDailyCap))
          decision = { kind: 'suppress', reason: 'daily-cap' };
        else if (!ids.includes(_id)) ids.push(_id);
      }
      if (decision.kind === 'deliver')
        for (const subject of subjects)
          toldSoFar.set(toldKey(request.userId, subject.jobId), {
            veteranId: request.userId,
            ...subject,
            notificationId: _id,
            toldAt: now,
          });
      return {
        _id,
        userId: request.userId,
        type: template.type,
        category: template.category,
        critical: template.critical,
        urgent: template.urgent,
        source: request.source,
        subjects,
        ...figuresPlaceOf(request),
        content: this.templates.render(request.type, request.data, {
          portalBaseUrl: this.settings.portalBaseUrl,
          calendar: this.settings.calendar,
        }),
        decision,
        createdAt: now,
      };
    });
  }

  /**
   * Writes each user's new job pushes of the day before the notifications that rely on them (as
   * `Notify` reserves its slot first). When another instance created the day's count meanwhile, this
   * user's pushes are reserved one by one against the stored count, and those that no longer fit are
   * suppressed by the cap.
   */
  private async countPushes(
    records: NotificationRecord[],
    views: ReadonlyMap<string, UserView>,
    now: Date,
  ): Promise<void> {
    const pushesByUser = new Map<string, NotificationRecord[]>();
    for (const record of records) {
      if (record.decision.kind !== 'deliver' || record.category !== 'job-push' || record.critical) continue;
      pushesByUser.set(record.userId, [...(pushesByUser.get(record.userId) ?? []), record]);
    }
    for (const [userId, pushes] of pushesByUser) {
      const view = views.get(userId) as UserView;
      const held = view.pushes?.notificationIds ?? [];
      const added = pushes.map((record) => record._id).filter((id) => !held.includes(id));
      if (added.length === 0) continue;
      if (await this.records.addPushes(userId, added, view.pushes, now)) continue;
      for (const record of pushes) {
        const fits = await this.records.reservePushSlot(
          userId,
          record._id,
          view.preferences.jobPushDailyCap,
          now,
        );
        if (!fits) record.decision = { kind: 'suppress', reason: 'daily-cap' };
      }
    }
  }

  /** First-time told entries in one insert; a changed version, or one that appeared meanwhile, one by one. */
  private async recordTold(
    delivering: readonly NotificationRecord[],
    told: ReadonlyMap<string, NotifiedJob | null>,
  ): Promise<void> {
    const first: NotifiedJob[] = [];
    const others: NotifiedJob[] = [];
    for (const record of delivering) {
      for (const subject of record.subjects) {
        const entry: NotifiedJob = {
          veteranId: record.userId,
          jobId: subject.jobId,
          jobFingerprint: subject.jobFingerprint,
          via: subject.via,
          notificationId: record._id,
          toldAt: record.createdAt,
        };
        if (told.get(toldKey(record.userId, subject.jobId))) others.push(entry);
        else first.push(entry);
      }
    }
    const [once, again] = splitByTold(first);
    await this.notifiedJobs.recordFirst(once);
    for (const entry of [...again, ...others]) await this.notifiedJobs.record(entry);
  }
}

function toldKey(userId: string, jobId: string): string {
  return `${userId}|${jobId}`;
}

/** The same cause twice in one batch (a match sent again under a new event id) makes one notification. */
function uniqueByNotification(requests: readonly NotificationRequest[]): NotificationRequest[] {
  const seen = new Set<string>();
  return requests.filter((request) => {
    const id = notificationIdOf(request.type, request.cause);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Two notifications of one batch telling one job: the first is inserted, the later ones recorded one by one after it. */
function splitByTold(entries: readonly NotifiedJob[]): [NotifiedJob[], NotifiedJob[]] {
  const seen = new Set<string>();
  const once: NotifiedJob[] = [];
  const again: NotifiedJob[] = [];
  for (const entry of entries) {
    const key = toldKey(entry.veteranId, entry.jobId);
    (seen.has(key) ? again : once).push(entry);
    seen.add(key);
  }
  return [once, again];
}

function attempt(outcome: 'delivered' | 'skipped', at: Date, detail: string | null = null) {
  return { attempt: outcome === 'delivered' ? 1 : 0, at, outcome, durationMs: 0, detail, reference: null };
}

function inboxItemOf(record: NotificationRecord, now: Date): InboxItemRecord {
  return {
    _id: record._id,
    userId: record.userId,
    type: record.type,
    category: record.category,
    content: record.content,
    createdAt: record.createdAt,
    deliveredAt: now,
    readAt: null,
    ...(record.subjects.length ? { jobIds: record.subjects.map((subject) => subject.jobId) } : {}),
    ...figuresPlaceOf(record),
  };
}
