import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { NotificationChannel } from '@vetlink/contracts';
import { insertManyOutcomes, InsertOutcome, isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { deliveryIdOf } from '../../delivery/domain/channel';
import { fitsDailyCap, pushCountKey } from '../../preferences/domain/push-cap';
import { shanghaiDay } from '@vetlink/clock';
import { DELIVERY_MODEL, DeliveryAttempt, DeliveryRecord, DeliveryStatus } from './delivery.schema';
import { NOTIFICATION_MODEL, NotificationRecord } from './notification.schema';
import { PUSH_COUNT_MODEL, PushCountRecord } from './push-count.schema';

/** Notifications and their deliveries, read and written by `_id` only (FerretDB 1.x indexes nothing else). */
@Injectable()
export class NotificationRecords {
  constructor(
    @InjectModel(NOTIFICATION_MODEL) private readonly notifications: Model<NotificationRecord>,
    @InjectModel(DELIVERY_MODEL) private readonly deliveries: Model<DeliveryRecord>,
    @InjectModel(PUSH_COUNT_MODEL) private readonly pushCounts: Model<PushCountRecord>,
  ) {}

  notification(notificationId: string): Promise<NotificationRecord | null> {
    return this.notifications.findById(notificationId).lean<NotificationRecord>().exec();
  }

  /** False when it exists already (a redelivered event, or another instance got there first). */
  async insertNotification(record: NotificationRecord): Promise<boolean> {
    try {
      await this.notifications.create(record);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Many at once (one unordered insert): per record `inserted`, or `duplicate` when it exists already. */
  insertNotifications(records: readonly NotificationRecord[]): Promise<InsertOutcome[]> {
    return insertManyOutcomes(this.notifications.collection, records);
  }

  /** Deliveries of new notifications, in one unordered insert; one there already stays as it was. */
  async insertDeliveries(records: readonly DeliveryRecord[]): Promise<void> {
    await insertManyOutcomes(this.deliveries.collection, records);
  }

  /** The user's job pushes of the Shanghai day (read once per user for a batch). */
  pushCount(userId: string, now: Date): Promise<PushCountRecord | null> {
    return this.pushCounts.findById(pushCountKey(userId, now)).lean<PushCountRecord>().exec();
  }

  /**
   * Counts these job pushes against the user's day, decided on `held` (the count as read for the
   * batch). False when another instance created the day's count meanwhile: the caller then reserves
   * one by one with `reservePushSlot`, which re-reads.
   */
  async addPushes(
    userId: string,
    notificationIds: readonly string[],
    held: PushCountRecord | null,
    now: Date,
  ): Promise<boolean> {
    const _id = pushCountKey(userId, now);
    if (held) {
      await this.pushCounts
        .updateOne({ _id }, { $addToSet: { notificationIds: { $each: [...notificationIds] } } })
        .exec();
      return true;
    }
    try {
      await this.pushCounts.create({ _id, userId, day: shanghaiDay(now), notificationIds });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  delivery(deliveryId: string): Promise<DeliveryRecord | null> {
    return this.deliveries.findById(deliveryId).lean<DeliveryRecord>().exec();
  }

  async deliveriesOf(notification: NotificationRecord): Promise<DeliveryRecord[]> {
    if (notification.decision.kind !== 'deliver') return [];
    const channels = [
      ...notification.decision.channels,
      ...notification.decision.skipped.map((skip) => skip.channel),
    ];
    const found = await Promise.all(
      channels.map((channel) => this.delivery(deliveryIdOf(notification._id, channel))),
    );
    return found.filter((record): record is DeliveryRecord => record !== null);
  }

  /** The delivery as stored: a repeat keeps the one written first. */
  async ensureDelivery(record: DeliveryRecord): Promise<DeliveryRecord> {
    try {
      await this.deliveries.create(record);
      return record;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.delivery(record._id)) as DeliveryRecord;
    }
  }

  /** Held (again) by quiet hours until `until`. */
  async hold(deliveryId: string, until: Date, now: Date): Promise<void> {
    await this.deliveries
      .updateOne({ _id: deliveryId }, { $set: { status: 'held', notBefore: until, updatedAt: now } })
      .exec();
  }

  async recordAttempt(
    deliveryId: string,
    status: DeliveryStatus,
    attempt: DeliveryAttempt,
    notBefore?: Date | null,
  ): Promise<void> {
    await this.deliveries
      .updateOne(
        { _id: deliveryId },
        {
          $set: { status, updatedAt: attempt.at, ...(notBefore !== undefined ? { notBefore } : {}) },
          $push: { attempts: attempt },
        },
      )
      .exec();
  }

  /**
   * Counts a job push against the user's cap for the Shanghai day; false when the cap is reached.
   * Counting is by notification id ($addToSet), so a redelivered event is not counted twice.
   */
  async reservePushSlot(userId: string, notificationId: string, cap: number, now: Date): Promise<boolean> {
    const _id = pushCountKey(userId, now);
    for (;;) {
      const count = await this.pushCounts.findById(_id).lean<PushCountRecord>().exec();
      if (!fitsDailyCap(count, notificationId, cap)) return false;
      if (count?.notificationIds.includes(notificationId)) return true;
      if (count) {
        await this.pushCounts.updateOne({ _id }, { $addToSet: { notificationIds: notificationId } }).exec();
        return true;
      }
      try {
        await this.pushCounts.create({
          _id,
          userId,
          day: shanghaiDay(now),
          notificationIds: [notificationId],
        });
        return true;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }
}

export function deliveryRecord(
  notification: Pick<NotificationRecord, '_id' | 'userId'>,
  channel: NotificationChannel,
  status: DeliveryStatus,
  notBefore: Date | null,
  now: Date,
  attempts: DeliveryAttempt[] = [],
): DeliveryRecord {
  return {
    _id: deliveryIdOf(notification._id, channel),
    notificationId: notification._id,
    userId: notification.userId,
    channel,
    status,
    notBefore,
    attempts,
    createdAt: now,
    updatedAt: now,
  };
}
