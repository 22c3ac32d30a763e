import { Injectable } from '@nestjs/common';
import type { jobClosed, jobPosted, jobUpdated, PayloadOf } from '@vetlink/contracts';
import {
  jobClosedFreshness,
  jobForMatching,
  jobSnapshotFreshness,
  jobSnapshotOf,
} from '@vetlink/matching-score';
import { OpenJobsCache } from './open-jobs.cache';
import { SkillGapReadModel } from './read-model.repository';

/**
 * jobs.* events into the read model, ordered as matching and recommendations order them: a job is
 * filed under its city while open, taken out when paused (back when resumed) or closed — by its
 * employer, filled, or past its deadline — and a closed job never comes back.
 */
@Injectable()
export class ApplyJobEvents {
  constructor(
    private readonly readModel: SkillGapReadModel,
    private readonly cache: OpenJobsCache,
  ) {}

  async snapshot(payload: PayloadOf<typeof jobPosted> | PayloadOf<typeof jobUpdated>): Promise<void> {
    const held = await this.readModel.findJobState(payload.jobId);
    if (jobSnapshotFreshness(held, payload.updatedAt) !== 'newer') return;
    const job = jobForMatching(jobSnapshotOf(payload));
    const cityId = job.location.cityId;
    if (held?.cityId && (held.cityId !== cityId || payload.status !== 'open')) {
      await this.readModel.removeOpenJob(held.cityId, job.jobId);
      this.cache.removed(held.cityId, job.jobId);
    }
    if (payload.status === 'open') {
      await this.readModel.fileOpenJob(job);
      this.cache.filed(job);
    }
    await this.readModel.saveJobState(
      { _id: job.jobId, status: payload.status, updatedAt: payload.updatedAt, cityId },
      held !== null,
    );
  }

  async closed(payload: PayloadOf<typeof jobClosed>): Promise<void> {
    const held = await this.readModel.findJobState(payload.jobId);
    if (jobClosedFreshness(held) !== 'newer') return;
    const cityId = held?.cityId ?? payload.cityId ?? null;
    if (cityId) {
      await this.readModel.removeOpenJob(cityId, payload.jobId);
      this.cache.removed(cityId, payload.jobId);
    }
    await this.readModel.saveJobState(
      { _id: payload.jobId, status: 'closed', updatedAt: held?.updatedAt ?? null, cityId },
      held !== null,
    );
  }
}
