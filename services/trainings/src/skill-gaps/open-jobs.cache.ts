import { Injectable } from '@nestjs/common';
import type { JobForMatching } from '@vetlink/matching-score';
import { SkillGapReadModel } from './read-model.repository';

/** How long a city's open jobs are answered from memory before they are read again. */
export const OPEN_JOBS_FRESH_MS = 60_000;

interface CityJobs {
  jobs: Map<string, JobForMatching>;
  readAt: number;
}

/**
 * Each city's open jobs in memory, read from the read model at most once a minute: reading a city's
 * 3,000 jobs from FerretDB takes about a second, scoring them about a third of one. The events this
 * instance applies change its copy at once (a closed job stops counting here immediately); those
 * applied by another instance of the service show here within OPEN_JOBS_FRESH_MS. Concurrent
 * requests for a city share one read.
 */
@Injectable()
export class OpenJobsCache {
  private readonly cities = new Map<string, CityJobs>();
  private readonly reading = new Map<string, Promise<CityJobs>>();
  /** Changes applied while a city is being read: the read may or may not have seen them, so they are redone on it. */
  private readonly changedWhileReading = new Map<string, ((jobs: Map<string, JobForMatching>) => void)[]>();

  constructor(private readonly readModel: SkillGapReadModel) {}

  async inCities(cityIds: readonly string[]): Promise<JobForMatching[]> {
    const jobs: JobForMatching[] = [];
    for (const cityId of cityIds) jobs.push(...(await this.city(cityId)).jobs.values());
    return jobs;
  }

  /** A job this instance filed as open (posted, changed or resumed). */
  filed(job: JobForMatching): void {
    this.change(job.location.cityId, (jobs) => jobs.set(job.jobId, job));
  }

  /** A job this instance took out (paused, closed, or moved to another city). */
  removed(cityId: string, jobId: string): void {
    this.change(cityId, (jobs) => jobs.delete(jobId));
  }

  private change(cityId: string, apply: (jobs: Map<string, JobForMatching>) => void): void {
    const held = this.cities.get(cityId);
    if (held) apply(held.jobs);
    this.changedWhileReading.get(cityId)?.push(apply);
  }

  private city(cityId: string): Promise<CityJobs> {
    const held = this.cities.get(cityId);
    if (held && performance.now() - held.readAt < OPEN_JOBS_FRESH_MS) return Promise.resolve(held);
    let reading = this.reading.get(cityId);
    if (!reading) {
      reading = this.read(cityId).finally(() => this.reading.delete(cityId));
      this.reading.set(cityId, reading);
    }
    return reading;
  }

  private async read(cityId: string): Promise<CityJobs> {
    const readAt = performance.now();
    const changes: ((jobs: Map<string, JobForMatching>) => void)[] = [];
    this.changedWhileReading.set(cityId, changes);
    try {
      const jobs = new Map((await this.readModel.openJobsIn(cityId)).map((job) => [job.jobId, job]));
      for (const apply of changes) apply(jobs);
      const city = { jobs, readAt };
      this.cities.set(cityId, city);
      return city;
    } finally {
      this.changedWhileReading.delete(cityId);
    }
  }
}
