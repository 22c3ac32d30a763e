import { Injectable } from '@nestjs/common';
import type { EventEnvelope, WeeklyDigestReadyPayload } from '@vetlink/contracts';
import { weeklyDigestTemplate } from '../../templates/domain/weekly-digest.template';
import { NotifiedJob, jobsNotNotified } from '../../notified-jobs/domain/notified-job';
import { NotifiedJobsRepository } from '../../notified-jobs/notified-jobs.repository';
import { figuresPlaceOf } from '../../shared/figures-place';
import { Notify, notificationIdOf, NotifyResult } from './notify';

/**
 * recommendations.weekly-digest-ready into one notification per veteran and week (its id derives from
 * the digest's, so a repeated event changes nothing). Jobs told since recommendations prepared the
 * digest (an instant push on Monday morning) are left out; when none is left, nothing is sent.
 */
@Injectable()
export class NotifyWeeklyDigest {
  constructor(
    private readonly notify: Notify,
    private readonly notifiedJobs: NotifiedJobsRepository,
  ) {}

  async execute(event: EventEnvelope<WeeklyDigestReadyPayload>): Promise<NotifyResult | null> {
    const digest = event.payload;
    const notificationId = notificationIdOf(weeklyDigestTemplate.type, digest.digestId);
    const notified = new Map<string, NotifiedJob>();
    for (const { jobId } of digest.jobs) {
      const entry = await this.notifiedJobs.find(digest.veteranId, jobId);
      if (entry) notified.set(jobId, entry);
    }
    const jobs = jobsNotNotified(digest.jobs, notified, notificationId);
    if (jobs.length === 0) return null;
    return this.notify.execute({
      type: weeklyDigestTemplate.type,
      userId: digest.veteranId,
      cause: digest.digestId,
      data: {
        weekOf: digest.weekOf,
        jobs: jobs.map(({ jobId, jobFingerprint, job }) => ({
          jobId,
          jobFingerprint,
          title: job.title,
          employerName: job.employerName,
          cityId: job.cityId,
          districtId: job.districtId,
          salary: job.salary,
        })),
      },
      source: { eventId: event.eventId, eventType: event.type },
      subjects: jobs.map(({ jobId, jobFingerprint }) => ({ jobId, jobFingerprint, via: 'digest' as const })),
      ...figuresPlaceOf(digest),
    });
  }
}
