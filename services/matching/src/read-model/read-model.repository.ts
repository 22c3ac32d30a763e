import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { batches } from '../shared/batches';
import { JOB_MODEL, JobRecord, VETERAN_MODEL, VeteranRecord } from './read-model.schema';

/**
 * The durable read model. Every hot path reads and writes one document by `_id` (the only filter
 * FerretDB 1.x answers from an index); whole-collection reads happen only when the search indexes are
 * rebuilt at start-up (without a usable snapshot). Decisions that read then write (ordering by
 * revision) are safe because the consumer is the only writer and handles one record's events (one
 * Kafka key, one partition) one at a time.
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

  /** Inserts the job when it was unknown, replaces it otherwise (an insert is much cheaper than an upsert on FerretDB). */
  async saveJob(record: JobRecord, known: boolean): Promise<void> {
    if (known) await this.jobs.replaceOne({ _id: record._id }, record).exec();
    else await this.jobs.create(record);
  }

  async saveVeteran(record: VeteranRecord, known: boolean): Promise<void> {
    if (known) await this.veterans.replaceOne({ _id: record._id }, record).exec();
    else await this.veterans.create(record);
  }

  async deleteVeteran(veteranId: string): Promise<void> {
    await this.veterans.deleteOne({ _id: veteranId }).exec();
  }

  async setJobSeekingStatus(veteranId: string, record: VeteranRecord): Promise<void> {
    await this.veterans
      .updateOne(
        { _id: veteranId },
        {
          $set: {
            jobSeekingStatus: record.jobSeekingStatus,
            'snapshot.jobSeekingStatus': record.jobSeekingStatus,
          },
        },
      )
      .exec();
  }

  /** Every live job, a batch at a time (for rebuilding the index). */
  async *allJobs(batchSize = 1000): AsyncGenerator<JobRecord[]> {
    yield* batches(this.jobs.find().lean<JobRecord>().cursor({ batchSize }), batchSize);
  }

  async *allVeterans(batchSize = 1000): AsyncGenerator<VeteranRecord[]> {
    yield* batches(this.veterans.find().lean<VeteranRecord>().cursor({ batchSize }), batchSize);
  }
}
