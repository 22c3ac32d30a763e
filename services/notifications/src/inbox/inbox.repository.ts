import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import {
  fetchSizeFor,
  insertManyOutcomes,
  isDuplicateKeyError,
  KeysetOrder,
  keysetQuery,
  Page,
  pageOf,
  createIndexesAtStartup,
} from '@vetlink/persistence';
import { Model } from 'mongoose';
import { isWeeklyDigest } from './domain/inbox-announcements';
import { InboxAnnouncements } from './inbox-announcements.repository';
import { INBOX_MODEL, INBOX_STATE_MODEL, InboxItemRecord, InboxStateRecord } from './inbox.schema';
import { UnreadCountCache } from './unread-count-cache';

const NEWEST_FIRST: KeysetOrder = { field: 'deliveredAt', direction: 'desc' };
/** How many ids one mark-all-read update names. */
const MARK_BATCH = 200;

export type InboxItem = InboxItemRecord;

/** The in-app inbox. Every read or change names the user, so nobody reaches another's items. */
@Injectable()
export class InboxRepository implements OnModuleInit {
  constructor(
    @InjectModel(INBOX_MODEL) private readonly items: Model<InboxItemRecord>,
    @InjectModel(INBOX_STATE_MODEL) private readonly states: Model<InboxStateRecord>,
    private readonly announcements: InboxAnnouncements,
    private readonly unreadCounts: UnreadCountCache,
  ) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.items.createIndexes()]);
  }

  /**
   * Puts a notification in its user's inbox, once: a repeat (a retried delivery) finds it there and only
   * makes sure it counts as unread, unless the user has read it meanwhile. A weekly digest's arrival is
   * announced (once; a repeat finds the announcement made, or makes it if a crash came in between).
   */
  async deliver(item: InboxItemRecord): Promise<void> {
    try {
      await this.items.create(item);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const stored = await this.items.findById(item._id).lean<InboxItemRecord>().exec();
      if (!stored || stored.readAt) return this.announceDelivered([stored ?? item]);
    }
    await this.addUnread(item.userId, [item._id]);
    await this.unreadCounts.invalidate([item.userId]);
    await this.announceDelivered([item]);
  }

  /**
   * Puts many notifications in their users' inboxes: one unordered insert, then one unread-set update
   * per user. An item there already (a repeat) counts as unread again unless the user has read it.
   */
  async deliverMany(items: readonly InboxItemRecord[]): Promise<void> {
    const outcomes = await insertManyOutcomes(this.items.collection, items);
    const unreadByUser = new Map<string, string[]>();
    for (const [index, item] of items.entries()) {
      if (outcomes[index] === 'duplicate') {
        const stored = await this.items.findById(item._id).lean<InboxItemRecord>().exec();
        if (!stored || stored.readAt) continue;
      }
      unreadByUser.set(item.userId, [...(unreadByUser.get(item.userId) ?? []), item._id]);
    }
    for (const [userId, ids] of unreadByUser) await this.addUnread(userId, ids);
    await this.unreadCounts.invalidate(unreadByUser.keys());
    await this.announceDelivered(items);
  }

  async page(
    userId: string,
    unreadOnly: boolean,
    limit: number,
    cursor?: string,
  ): Promise<Page<InboxItemRecord>> {
    const keyset = keysetQuery(NEWEST_FIRST, cursor);
    const records = await this.items
      .find({ $and: [{ userId }, ...(unreadOnly ? [{ readAt: null }] : []), keyset.filter] })
      .sort(keyset.sort)
      .limit(fetchSizeFor(limit))
      .lean<InboxItemRecord[]>()
      .exec();
    return pageOf(
      records,
      limit,
      NEWEST_FIRST,
      (record) => ({ value: record.deliveredAt, id: record._id }),
      (record) => record,
    );
  }

  /** From Redis when it holds the count; else from the inbox, cached unless the unread set changed meanwhile. */
  async unreadCount(userId: string): Promise<number> {
    const cached = await this.unreadCounts.read(userId);
    if (cached?.count !== undefined) return cached.count;
    const state = await this.states.findById(userId).lean<InboxStateRecord>().exec();
    const count = state?.unread.length ?? 0;
    if (cached) await this.unreadCounts.fill(userId, cached.version, count);
    return count;
  }

  /** The user's item, or undefined when there is none (or it is someone else's). */
  async item(userId: string, notificationId: string): Promise<InboxItemRecord | undefined> {
    const item = await this.items.findById(notificationId).lean<InboxItemRecord>().exec();
    return item && item.userId === userId ? item : undefined;
  }

  /**
   * Marks the item read; the first read is announced (`notifications.inbox-item-read`). The announcement
   * is claimed before the item changes, so that a crash in between leaves an item still unread whose
   * next read finds the claim made; concurrent first reads both mark it, one announces.
   */
  async markRead(item: InboxItemRecord, at: Date): Promise<InboxItemRecord> {
    if (item.readAt) return item;
    await this.announcements.itemRead(item, at);
    await this.items.updateOne({ _id: item._id }, { $set: { readAt: at } }).exec();
    await this.states.updateOne({ _id: item.userId }, { $pullAll: { unread: [item._id] } }).exec();
    await this.unreadCounts.invalidate([item.userId]);
    return { ...item, readAt: at };
  }

  /**
   * Marks exactly the items that were unread when asked; one delivered meanwhile stays unread. Not an
   * opening: nothing is announced (the bureau's "opened" figures count items the user opened).
   */
  async markAllRead(userId: string, at: Date): Promise<number> {
    const state = await this.states.findById(userId).lean<InboxStateRecord>().exec();
    const unread = state?.unread ?? [];
    for (let start = 0; start < unread.length; start += MARK_BATCH) {
      const batch = unread.slice(start, start + MARK_BATCH);
      await this.items.updateMany({ _id: { $in: batch }, userId }, { $set: { readAt: at } }).exec();
      await this.states.updateOne({ _id: userId }, { $pullAll: { unread: batch } }).exec();
    }
    if (unread.length > 0) await this.unreadCounts.invalidate([userId]);
    return unread.length;
  }

  async remove(item: InboxItemRecord): Promise<void> {
    await this.items.deleteOne({ _id: item._id }).exec();
    await this.states.updateOne({ _id: item.userId }, { $pullAll: { unread: [item._id] } }).exec();
    await this.unreadCounts.invalidate([item.userId]);
  }

  private async announceDelivered(items: readonly InboxItemRecord[]): Promise<void> {
    for (const item of items)
      if (isWeeklyDigest(item)) await this.announcements.digestDelivered(item, item.deliveredAt);
  }

  /** $addToSet by `_id`, inserting the user's state the first time (an insert: FerretDB's upserts are slow). */
  private async addUnread(userId: string, notificationIds: readonly string[]): Promise<void> {
    for (;;) {
      const updated = await this.states
        .updateOne({ _id: userId }, { $addToSet: { unread: { $each: [...notificationIds] } } })
        .exec();
      if (updated.matchedCount === 1) return;
      try {
        await this.states.create({ _id: userId, unread: [...new Set(notificationIds)] });
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }
}
