import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { jobTold } from '@vetlink/contracts';
import { AggregateWriter, eventOrigin, OutboxRelayHost, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../service-name';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { decideNotified, NOTIFIED_HISTORY_LIMIT, NotifiedJob, notifiedJobKey } from './domain/notified-job';
import { NOTIFIED_JOBS_MODEL, NotifiedJobRecord, NotifiedVersion } from './notified-jobs.schema';

/**
 * The ledger of jobs each veteran was already notified of ("already told"), which instant pushes and the weekly digest share. Each new entry or new
 * version goes out as `notifications.job-told` through the transactional outbox: the event sits in the
 * very document written (through its AggregateWriter), so the ledger and the event cannot part ways.
 */
@Injectable()
export class NotifiedJobsRepository {
  private readonly writer: AggregateWriter<NotifiedJobRecord>;

  constructor(
    @InjectModel(NOTIFIED_JOBS_MODEL) private readonly notifiedJobs: Model<NotifiedJobRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(notifiedJobs);
  }

  async find(veteranId: string, jobId: string): Promise<NotifiedJob | null> {
    const record = await this.notifiedJobs
      .findById(notifiedJobKey(veteranId, jobId))
      .lean<NotifiedJobRecord>()
      .exec();
    return record && toEntry(record);
  }

  /**
   * Records jobs told for the first time (the caller read no entry for them) in one unordered insert,
   * each with its `notifications.job-told` event. One that appeared meanwhile (another instance, or a
   * repeat) goes through `record`, which reads it and decides.
   */
  async recordFirst(entries: readonly NotifiedJob[]): Promise<void> {
    const outcomes = await this.writer.insertMany(
      entries.map((entry) => {
        const version = versionOf(entry);
        return {
          record: {
            _id: notifiedJobKey(entry.veteranId, entry.jobId),
            veteranId: entry.veteranId,
            jobId: entry.jobId,
            ...version,
            history: [version],
          },
          events: [toldEvent(entry)],
        };
      }),
    );
    for (const [index, outcome] of outcomes.entries())
      if (outcome === 'duplicate') await this.record(entries[index] as NotifiedJob);
  }

  /**
   * Records that the veteran was told about this version of the job. Idempotent: the notification that
   * recorded it already, or a version already told by another, writes nothing.
   */
  async record(entry: NotifiedJob): Promise<'recorded' | 'unchanged'> {
    const _id = notifiedJobKey(entry.veteranId, entry.jobId);
    for (;;) {
      const held = await this.notifiedJobs.findById(_id).lean<NotifiedJobRecord>().exec();
      const decision = decideNotified(held, entry.jobFingerprint, entry.notificationId);
      if (decision === 'same-notification' || decision === 'already-told') return 'unchanged';
      // A late repeat of an older notification (a newer version was told since) must not roll the entry back.
      if (held?.history.some((version) => version.notificationId === entry.notificationId))
        return 'unchanged';
      const event = toldEvent(entry);
      const version = versionOf(entry);
      if (decision === 'changed' && held) {
        // The whole history in $set (no $push with $slice, which FerretDB 1.x does not serve).
        const history = [...held.history, version].slice(-NOTIFIED_HISTORY_LIMIT);
        await this.writer.updateOne({ _id }, { $set: { ...version, history } }, [event]);
      } else {
        try {
          await this.writer.insert(
            { _id, veteranId: entry.veteranId, jobId: entry.jobId, ...version, history: [version] },
            [event],
          );
        } catch (error) {
          if (isDuplicateKeyError(error)) continue;
          throw error;
        }
      }
      return 'recorded';
    }
  }
}

function toldEvent(entry: NotifiedJob) {
  return pendingEvent(
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
}

function versionOf(entry: NotifiedJob): NotifiedVersion {
  return {
    jobFingerprint: entry.jobFingerprint,
    via: entry.via,
    notificationId: entry.notificationId,
    toldAt: entry.toldAt,
  };
}

function toEntry(record: NotifiedJobRecord): NotifiedJob {
  return {
    veteranId: record.veteranId,
    jobId: record.jobId,
    jobFingerprint: record.jobFingerprint,
    via: record.via,
    notificationId: record.notificationId,
    toldAt: record.toldAt,
  };
}
