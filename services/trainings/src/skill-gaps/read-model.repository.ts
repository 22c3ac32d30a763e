import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { JobForMatching } from '@vetlink/matching-score';
import type { Model } from 'mongoose';
import { cityRange, openJobId } from './domain/open-job-ids';
import {
  JOB_STATE_MODEL,
  JobStateRecord,
  OPEN_JOB_MODEL,
  OpenJobRecord,
  VETERAN_VIEW_MODEL,
  VeteranViewRecord,
} from './read-model.schema';

/**
 * The skill gaps' read model of open jobs and veterans, fed by jobs.* and profiles.* events. Every read
 * and write filters on `_id` alone (the only filter FerretDB 1.x answers from an index): one document,
 * or one city's range of open jobs. One sequential consumer per key writes, so read-then-write ordering
 * decisions are safe.
 */
@Injectable()
export class SkillGapReadModel {
  constructor(
    @InjectModel(JOB_STATE_MODEL) private readonly states: Model<JobStateRecord>,
    @InjectModel(OPEN_JOB_MODEL) private readonly openJobs: Model<OpenJobRecord>,
    @InjectModel(VETERAN_VIEW_MODEL) private readonly veterans: Model<VeteranViewRecord>,
  ) {}

  findJobState(jobId: string): Promise<JobStateRecord | null> {
    return this.states.findById(jobId).lean<JobStateRecord>().exec();
  }

  /**
   * Written last, after the open copy (an upsert, as a replay after a crash in between may find it
   * there already): the replayed event then still finds its snapshot newer than the state and redoes both.
   */
  async saveJobState(record: JobStateRecord, known: boolean): Promise<void> {
    if (known) await this.states.replaceOne({ _id: record._id }, record).exec();
    else await this.states.create(record);
  }

  async fileOpenJob(job: JobForMatching): Promise<void> {
    const record: OpenJobRecord = {
      _id: openJobId(job.location.cityId, job.jobId),
      cityId: job.location.cityId,
      job: JSON.stringify(job),
    };
    await this.openJobs.replaceOne({ _id: record._id }, record, { upsert: true }).exec();
  }

  async removeOpenJob(cityId: string, jobId: string): Promise<void> {
    await this.openJobs.deleteOne({ _id: openJobId(cityId, jobId) }).exec();
  }

  /** The open jobs filed under a city (at most a few thousand), read a batch at a time. */
  async openJobsIn(cityId: string): Promise<JobForMatching[]> {
    const jobs: JobForMatching[] = [];
    const records = this.openJobs
      .find({ _id: cityRange(cityId) })
      .lean<OpenJobRecord>()
      .cursor({ batchSize: 1000 });
    for await (const record of records) jobs.push(JSON.parse(record.job) as JobForMatching);
    return jobs;
  }

  /** A veteran as scored, any (the first stored): what the start-up's warm-up analyses. */
  anyVeteran(): Promise<VeteranViewRecord | null> {
    return this.veterans.findOne().lean<VeteranViewRecord>().exec();
  }

  findVeteran(veteranId: string): Promise<VeteranViewRecord | null> {
    return this.veterans.findById(veteranId).lean<VeteranViewRecord>().exec();
  }

  /** Inserts when unknown, replaces otherwise (an insert is much cheaper than an upsert on FerretDB). */
  async saveVeteran(record: VeteranViewRecord, known: boolean): Promise<void> {
    if (known) await this.veterans.replaceOne({ _id: record._id }, record).exec();
    else await this.veterans.create(record);
  }
}
