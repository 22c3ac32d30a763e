import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { JOB_MODEL, JobRecord, VETERAN_MODEL, VeteranRecord } from './read-model.schema';

/**
 * The digest's read model of jobs and veterans. Events read and write one document by `_id` (the only
 * filter FerretDB 1.x answers from an index); runs read whole collections once, a batch at a time.
 * One sequential consumer is the only writer, so read-then-write ordering decisions are safe.
 */
@Injectable()
export class ReadModelRepository {
  constructor(
    @InjectModel(JOB_MODEL) private readonly jobs: Model<JobRecord>,
    @InjectModel(VETERAN_MODEL) private readonly veterans: Model<VeteranRecord>,
  ) {}

  findJob(jobId: string): Promise<JobRecord | null> {
    return this.jobs.findById(jobId).lean<JobRecord>().exec();
  }

  findVeteran(veteranId: string): Promise<VeteranRecord | null> {
    return this.veterans.findById(veteranId).lean<VeteranRecord>().exec();
  }

  /** Inserts when unknown, replaces otherwise (an insert is much cheaper than an upsert on FerretDB). */
  async saveJob(record: JobRecord, known: boolean): Promise<void> {
    if (known) await this.jobs.replaceOne({ _id: record._id }, record).exec();
    else await this.jobs.create(record);
  }

  async saveVeteran(record: VeteranRecord, known: boolean): Promise<void> {
    if (known) await this.veterans.replaceOne({ _id: record._id }, record).exec();
    else await this.veterans.create(record);
  }

  /** Open jobs that became new in [from, until): what one run can feature. */
  openJobsNewBetween(from: Date, until: Date): AsyncIterable<JobRecord> {
    return this.jobs
      .find({ status: 'open', newSince: { $gte: from.toISOString(), $lt: until.toISOString() } })
      .lean<JobRecord>()
      .cursor({ batchSize: 1000 });
  }

  /** Every veteran who receives the digest, in a stable order. */
  digestRecipients(): AsyncIterable<VeteranRecord> {
    return this.veterans.find({ receivesDigest: true }).lean<VeteranRecord>().cursor({ batchSize: 1000 });
  }
}
