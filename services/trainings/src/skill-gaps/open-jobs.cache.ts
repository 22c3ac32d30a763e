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

  constructor(private readonly readModel: SkillGapReadModel) {}

  async inCities(cityIds: readonly string[]): Promise<JobForMatching[]> {
    const jobs: JobForMatching[] = [];
    for (const cityId of cityIds) jobs.push(...(await this.city(cityId)).jobs.values());
    return jobs;
  }

  /** A job this instance filed as open (posted, changed or resumed). */
  filed(job: JobForMatching): void {
    this.cities.get(job.location.cityId)?.jobs.set(job.jobId, job);
  }

  /** A job this instance took out (paused, closed, or moved to another city). */
  removed(cityId: string, jobId: string): void {
    this.cities.get(cityId)?.jobs.delete(jobId);
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
    const jobs = await this.readModel.openJobsIn(cityId);
    const city = { jobs: new Map(jobs.map((job) => [job.jobId, job])), readAt };
    this.cities.set(cityId, city);
    return city;
  }
}
