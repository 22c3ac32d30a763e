import type {
  BulkJobOptions,
  Job,
  JobSchedulerTemplateOptions,
  JobsOptions,
  JobType,
  Queue,
  RepeatOptions,
} from 'bullmq';
import { withTraceContext } from './job-trace';
import type { JobMap, JobName } from './queue-definition';

export type BulkJob<Jobs extends JobMap> = {
  [Name in JobName<Jobs>]: { name: Name; data: Jobs[Name]; opts?: BulkJobOptions };
}[JobName<Jobs>];

export interface ScheduledJob<Jobs extends JobMap, Name extends JobName<Jobs>> {
  name: Name;
  data: Jobs[Name];
  opts?: JobSchedulerTemplateOptions;
}

/**
 * The producer's side of one queue, each job's payload typed by the queue's definition. A job queued
 * inside a traced span carries that trace to its worker.
 */
export class QueueClient<Jobs extends JobMap> {
  constructor(private readonly queue: Queue) {}

  add<Name extends JobName<Jobs>>(
    name: Name,
    data: Jobs[Name],
    options?: JobsOptions,
  ): Promise<Job<Jobs[Name]>> {
    return this.queue.add(name, data, withTraceContext(options));
  }

  addBulk(jobs: readonly BulkJob<Jobs>[]): Promise<Job<Jobs[JobName<Jobs>]>[]> {
    return this.queue.addBulk(jobs.map((job) => ({ ...job, opts: withTraceContext(job.opts) })));
  }

  async getJob(jobId: string): Promise<Job<Jobs[JobName<Jobs>]> | undefined> {
    return (await this.queue.getJob(jobId)) as Job<Jobs[JobName<Jobs>]> | undefined;
  }

  /** Creates the schedule or updates the one under this id: registering it again never makes a second. */
  upsertJobScheduler<Name extends JobName<Jobs>>(
    schedulerId: string,
    repeat: Omit<RepeatOptions, 'key'>,
    template: ScheduledJob<Jobs, Name>,
  ): Promise<Job<Jobs[Name]>> {
    return this.queue.upsertJobScheduler(schedulerId, repeat, template);
  }

  getJobScheduler(schedulerId: string) {
    return this.queue.getJobScheduler(schedulerId);
  }

  getJobSchedulersCount(): Promise<number> {
    return this.queue.getJobSchedulersCount();
  }

  getJobCounts(...types: JobType[]): Promise<Record<string, number>> {
    return this.queue.getJobCounts(...types);
  }
}
