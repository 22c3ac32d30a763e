import type { NotificationChannel } from '@vetlink/contracts';
import { Schema } from 'mongoose';

export const DELIVERY_MODEL = 'Delivery';
export const DELIVERIES_COLLECTION = 'deliveries';

export const DELIVERY_STATUSES = [
  'scheduled',
  'held',
  'delivered',
  'failed',
  'cancelled',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** A delivery in one of these is finished: the worker leaves it alone. */
export const FINAL_STATUSES: readonly DeliveryStatus[] = ['delivered', 'failed', 'cancelled', 'skipped'];

export interface DeliveryAttempt {
  attempt: number;
  at: Date;
  outcome: 'delivered' | 'failed' | 'held' | 'cancelled' | 'skipped';
  durationMs: number;
  /** Why it failed, was held, cancelled or skipped (never personal data). */
  detail: string | null;
  /** The gateway's id for a delivered message. */
  reference: string | null;
}

/**
 * One notification on one channel (`_id` = `${notificationId}-${channel}`, also the BullMQ job id), with
 * every attempt. Only that channel's job writes it, so channels never contend for a document.
 */
export interface DeliveryRecord {
  _id: string;
  notificationId: string;
  userId: string;
  channel: NotificationChannel;
  status: DeliveryStatus;
  /** Held by quiet hours until then. */
  notBefore: Date | null;
  attempts: DeliveryAttempt[];
  createdAt: Date;
  updatedAt: Date;
}

const attemptSchema = new Schema<DeliveryAttempt>(
  {
    attempt: Number,
    at: Date,
    outcome: String,
    durationMs: Number,
    detail: { type: String, default: null },
    reference: { type: String, default: null },
  },
  { _id: false },
);

export const deliverySchema = new Schema<DeliveryRecord>(
  {
    _id: { type: String, required: true },
    notificationId: { type: String, required: true },
    userId: { type: String, required: true },
    channel: { type: String, required: true },
    status: { type: String, required: true },
    notBefore: { type: Date, default: null },
    attempts: [attemptSchema],
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: DELIVERIES_COLLECTION, versionKey: false, minimize: false },
);
