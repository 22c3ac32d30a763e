import { generateApplications, type DemoApplication } from './applications/generate-applications';
import { generateEmployers, type DemoEmployer } from './employers/generate-employers';
import { generateJobs, type DemoJob } from './jobs/generate-jobs';
import type { Seed } from './random';
import { startOfShanghaiDay } from './time';
import { generateVeterans, type DemoVeteran } from './veterans/generate-veterans';

export interface DemoWorldSize {
  employers: number;
  jobs: number;
  veterans: number;
  applications?: number;
}

export interface DemoWorldOptions {
  /** Default: today 00:00 in Shanghai, so that a day's runs agree. */
  now?: Date;
  idPrefix?: string;
}

/** Everything a demo needs, generated from one seed: the same seed and `now` give the same world. */
export interface DemoWorld {
  seed: Seed;
  now: Date;
  employers: DemoEmployer[];
  jobs: DemoJob[];
  veterans: DemoVeteran[];
  applications: DemoApplication[];
}

export function generateDemoWorld(
  seed: Seed,
  size: DemoWorldSize,
  options: DemoWorldOptions = {},
): DemoWorld {
  const now = options.now ?? startOfShanghaiDay(new Date());
  const common = { now, ...(options.idPrefix ? { idPrefix: options.idPrefix } : {}) };
  const employers = generateEmployers(seed, size.employers, common);
  const jobs = generateJobs(seed, employers, size.jobs, common);
  const veterans = generateVeterans(seed, size.veterans, common);
  const applications = generateApplications(seed, veterans, jobs, size.applications ?? 0);
  return { seed, now, employers, jobs, veterans, applications };
}
