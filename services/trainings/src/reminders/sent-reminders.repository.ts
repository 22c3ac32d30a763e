import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { SENT_REMINDER_MODEL, SentReminderRecord } from './sent-reminder.schema';

@Injectable()
export class SentRemindersRepository {
  private readonly writer: AggregateWriter<SentReminderRecord>;

  constructor(
    @InjectModel(SENT_REMINDER_MODEL) private readonly sent: Model<SentReminderRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(sent);
  }

  /** Records the reminder with its event; false when it was sent already (the id is taken). */
  async recordOnce(
    id: string,
    enrolmentId: string,
    at: Date,
    events: readonly PendingEvent[],
  ): Promise<boolean> {
    try {
      await this.writer.insert({ _id: id, enrolmentId, sentAt: at }, events);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async count(enrolmentId: string): Promise<number> {
    return this.sent.countDocuments({ enrolmentId });
  }
}
