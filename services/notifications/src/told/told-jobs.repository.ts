import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { jobTold } from '@vetlink/contracts';
import { AggregateWriter, eventOrigin, OutboxRelayHost, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../service-name';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { decideTold, TOLD_HISTORY_LIMIT, ToldEntry, toldKey } from './domain/told';
import { TOLD_JOBS_MODEL, ToldJobRecord } from './told-jobs.schema';

/**
 * The "already told" ledger that instant pushes and the weekly digest share. Each new entry or new
 * version goes out as `notifications.job-told` through the transactional outbox: the event sits in the
 * very document written, so the ledger and the event cannot part ways.
 */
@Injectable()
export class ToldJobsRepository {
  private readonly writer: AggregateWriter<ToldJobRecord>;

  constructor(
    @InjectModel(TOLD_JOBS_MODEL) private readonly told: Model<ToldJobRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(told);
  }

  async find(veteranId: string, jobId: string): Promise<ToldEntry | null> {
    const record = await this.told.findById(toldKey(veteranId, jobId)).lean<ToldJobRecord>().exec();
    return record && toEntry(record);
  }

  /**
   * Records that the veteran was told about this version of the job. Idempotent: the notification that
   * recorded it already, or a version already told by another, writes nothing.
   */
  async record(entry: ToldEntry): Promise<'recorded' | 'unchanged'> {
    const _id = toldKey(entry.veteranId, entry.jobId);
    for (;;) {
      const held = await this.told.findById(_id).lean<ToldJobRecord>().exec();
      const decision = decideTold(held, entry.jobFingerprint, entry.notificationId);
      if (decision === 'same-notification' || decision === 'already-told') return 'unchanged';
      // A late repeat of an older notification (a newer version was told since) must not roll the entry back.
      if (held?.history.some((version) => version.notificationId === entry.notificationId)) return 'unchanged';
      const event = pendingEvent(
        jobTold,
        {
          veteranId: entry.veteranId,
          jobId: entry.jobId,
          jobFingerprint: entry.jobFingerprint,
          via: entry.via,
          notificationId: entry.notificationId,
          toldAt: entry.toldAt.toISOString(),
        },
        eventOrigin(SERVICE_NAME, entry.toldAt),
      );
      const version = { jobFingerprint: entry.jobFingerprint, via: entry.via, notificationId: entry.notificationId, toldAt: entry.toldAt };
      if (decision === 'changed' && held) {
        // The whole history in $set (no $push with $slice, which FerretDB 1.x does not serve).
        const history = [...held.history, version].slice(-TOLD_HISTORY_LIMIT);
        await this.writer.updateOne({ _id }, { $set: { ...version, history } }, [event]);
      } else {
        try {
          await this.writer.insert({ _id, veteranId: entry.veteranId, jobId: entry.jobId, ...version, history: [version] }, [event]);
        } catch (error) {
          if (isDuplicateKeyError(error)) continue;
          throw error;
        }
      }
      return 'recorded';
    }
  }
}

function toEntry(record: ToldJobRecord): ToldEntry {
  return {
    veteranId: record.veteranId,
    jobId: record.jobId,
    jobFingerprint: record.jobFingerprint,
    via: record.via,
    notificationId: record.notificationId,
    toldAt: record.toldAt,
  };
}
