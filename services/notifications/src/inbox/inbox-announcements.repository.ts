import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { inboxItemRead, weeklyDigestDelivered } from '@vetlink/contracts';
import { AggregateWriter, eventOrigin, OutboxRelayHost, pendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { SERVICE_NAME } from '../service-name';
import {
  AnnouncedItem,
  AnnouncementKind,
  announcementId,
  announcementOrigin,
  digestDeliveredPayload,
  itemReadPayload,
} from './domain/inbox-announcements';
import { INBOX_ANNOUNCEMENT_MODEL, InboxAnnouncementRecord } from './inbox-announcement.schema';

/**
 * Announces an inbox item's first read and a weekly digest's arrival, each once: the announcement is a
 * document whose `_id` names the fact (a unique insert, the one race-proof primitive on FerretDB) and
 * holds its event for the outbox relay. A second claimant gets a duplicate key and announces nothing.
 */
@Injectable()
export class InboxAnnouncements {
  private readonly writer: AggregateWriter<InboxAnnouncementRecord>;

  constructor(
    @InjectModel(INBOX_ANNOUNCEMENT_MODEL) announcements: Model<InboxAnnouncementRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(announcements);
  }

  /** Whether this call announced the read (false: it was announced before). */
  itemRead(item: AnnouncedItem, at: Date): Promise<boolean> {
    const origin = announcementOrigin('read', item._id, eventOrigin(SERVICE_NAME, at));
    return this.claim('read', item, at, pendingEvent(inboxItemRead, itemReadPayload(item, at), origin));
  }

  digestDelivered(item: AnnouncedItem, at: Date): Promise<boolean> {
    const origin = announcementOrigin('digest-delivered', item._id, eventOrigin(SERVICE_NAME, at));
    return this.claim(
      'digest-delivered',
      item,
      at,
      pendingEvent(weeklyDigestDelivered, digestDeliveredPayload(item, at), origin),
    );
  }

  private async claim(
    kind: AnnouncementKind,
    item: AnnouncedItem,
    at: Date,
    event: ReturnType<typeof pendingEvent>,
  ): Promise<boolean> {
    try {
      await this.writer.insert(
        { _id: announcementId(kind, item._id), kind, notificationId: item._id, userId: item.userId, at },
        [event],
      );
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
