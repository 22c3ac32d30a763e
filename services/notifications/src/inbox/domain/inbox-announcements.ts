import {
  inboxItemRead,
  nameBasedEventId,
  weeklyDigestDelivered,
  type EnvelopeOrigin,
  type PayloadOf,
} from '@vetlink/contracts';
import { figuresPlaceOf } from '../../shared/figures-place';

/** The namespaces of the announcements' event ids (RFC 4122 v5): one notification, one id per kind. */
const ITEM_READ_NAMESPACE = '5a7efb0a-1afc-410e-b78a-4196d266daaf';
const DIGEST_DELIVERED_NAMESPACE = 'a5789b22-34c6-4837-aa30-fd58fe84304a';

/** The weekly digest's category: its delivery into the inbox is announced. */
export const WEEKLY_DIGEST_CATEGORY = 'weekly-digest';

export type AnnouncementKind = 'read' | 'digest-delivered';

/** What an announcement needs of an inbox item (never its text). */
export interface AnnouncedItem {
  _id: string;
  userId: string;
  type: string;
  category: string;
  jobIds?: string[];
  cityId?: string;
  districtId?: string;
}

/** The `_id` that claims an announcement: inserted once, a duplicate means it was made already. */
export function announcementId(kind: AnnouncementKind, notificationId: string): string {
  return `${kind}|${notificationId}`;
}

export function isWeeklyDigest(item: AnnouncedItem): boolean {
  return item.category === WEEKLY_DIGEST_CATEGORY;
}

function itemRef(item: AnnouncedItem) {
  return {
    notificationId: item._id,
    userId: item.userId,
    type: item.type,
    category: item.category,
    jobIds: [...new Set(item.jobIds ?? [])],
    ...figuresPlaceOf(item),
  };
}

export function itemReadPayload(item: AnnouncedItem, readAt: Date): PayloadOf<typeof inboxItemRead> {
  return { ...itemRef(item), readAt: readAt.toISOString() };
}

export function digestDeliveredPayload(
  item: AnnouncedItem,
  deliveredAt: Date,
): PayloadOf<typeof weeklyDigestDelivered> {
  return { ...itemRef(item), deliveredAt: deliveredAt.toISOString() };
}

/**
 * The origin of an announcement: its eventId is named after the notification, so that two instances
 * announcing the same first read (FerretDB's conditional updates are not atomic) send one id, which
 * consumers count once.
 */
export function announcementOrigin(
  kind: AnnouncementKind,
  notificationId: string,
  origin: EnvelopeOrigin,
): EnvelopeOrigin {
  const namespace = kind === 'read' ? ITEM_READ_NAMESPACE : DIGEST_DELIVERED_NAMESPACE;
  return { ...origin, eventId: nameBasedEventId(namespace, notificationId) };
}
