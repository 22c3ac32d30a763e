import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { IncubatedStartup, StartupStanding } from '../loans/domain/loan-terms';
import { INCUBATED_STARTUP_MODEL, IncubatedStartupRecord } from './incubated-startup.schema';

/** A startup only moves forward: admitted, then graduated or exited. */
const STEP: Record<StartupStanding, number> = { 'in-residence': 1, graduated: 2, exited: 2 };

@Injectable()
export class IncubatedStartupsRepository {
  constructor(
    @InjectModel(INCUBATED_STARTUP_MODEL) private readonly startups: Model<IncubatedStartupRecord>,
  ) {}

  /**
   * Keeps where a startup stands: inserted the first time, replaced only by a later step (a replayed
   * admission never undoes a graduation). One startup's events arrive in order on one partition.
   */
  async keep(record: IncubatedStartupRecord): Promise<void> {
    const existing = await this.startups.findById(record._id).lean<IncubatedStartupRecord>();
    if (existing && STEP[existing.standing] >= STEP[record.standing]) return;
    if (!existing) {
      try {
        await this.startups.create(record);
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    await this.startups.replaceOne({ _id: record._id }, record);
  }

  async find(startupId: string): Promise<IncubatedStartup | undefined> {
    const record = await this.startups.findById(startupId).lean<IncubatedStartupRecord>();
    return record
      ? { startupId: record._id, founderId: record.founderId, standing: record.standing }
      : undefined;
  }
}
