/**
 * Writes benchmark data for matching: job snapshots (jobs.job-posted payloads) and veteran profile
 * snapshots (profiles.profile-created payloads, civilian skills derived with the taxonomy's crosswalk)
 * as NDJSON, one payload per line, deterministic from the seed. No service, no HTTP: the files feed
 * read models and scoring directly.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register deploy/local/demo/write-scale-data.ts \
 *     [--seed vetlink-scale] [--jobs 100000] [--profiles 100000] [--employers 2000] [--out DIR] [--now ISO] [--validate all|sample|none]
 *
 * Output (default $VETLINK_HOME/scale-data/): jobs.ndjson, profiles.ndjson and manifest.json (seed,
 * counts, the "now" the data is relative to, sizes, time taken). Deadlines lie after "now" (default:
 * today 00:00 in Shanghai), so give --now to reproduce a file byte for byte on another day.
 */
import { jobPosted, profileCreated, describeIssues } from '@vetlink/contracts';
import {
  employerStream,
  jobStream,
  startOfShanghaiDay,
  toJobSnapshot,
  toProfileSnapshot,
  veteranStream,
  type DemoEmployer,
} from '@vetlink/demo-data';
import { createWriteStream, mkdirSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { Progress } from './support/progress';

const REPO_ROOT = resolve(__dirname, '../../..');
const VETLINK_HOME = process.env['VETLINK_HOME'] ?? join(REPO_ROOT, '.vetlink');

type Validation = 'all' | 'sample' | 'none';

interface Settings {
  seed: string;
  jobs: number;
  profiles: number;
  employers: number;
  out: string;
  now: Date;
  validate: Validation;
}

function settingsFrom(argv: readonly string[]): Settings {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index]!.replace(/^--/, '').split('=', 2) as [string, string | undefined];
    flags.set(name, inline ?? argv[++index] ?? '');
  }
  const count = (name: string, fallback: number) => {
    const value = Number(flags.get(name) ?? fallback);
    if (!Number.isInteger(value) || value < 0 || value > 10_000_000)
      throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const jobs = count('jobs', 100_000);
  const now = flags.has('now') ? new Date(flags.get('now')!) : startOfShanghaiDay(new Date());
  if (Number.isNaN(now.getTime())) throw new Error('--now must be an ISO date-time');
  const validate = (flags.get('validate') ?? 'sample') as Validation;
  if (!['all', 'sample', 'none'].includes(validate))
    throw new Error('--validate must be all, sample or none');
  return {
    seed: flags.get('seed') ?? 'vetlink-scale',
    jobs,
    profiles: count('profiles', 100_000),
    employers: Math.max(1, count('employers', Math.max(13, Math.ceil(jobs / 50)))),
    out: resolve(flags.get('out') ?? process.env['VETLINK_SCALE_DATA'] ?? join(VETLINK_HOME, 'scale-data')),
    now,
    validate,
  };
}

/** Writes lines with back-pressure: a full buffer waits for 'drain' instead of growing without bound. */
class NdjsonWriter {
  private readonly stream: WriteStream;
  lines = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  }

  async write(record: unknown): Promise<void> {
    this.lines++;
    if (!this.stream.write(`${JSON.stringify(record)}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function check(definition: typeof jobPosted | typeof profileCreated, payload: unknown, what: string): void {
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success)
    throw new Error(
      `generated ${what} is not a valid ${definition.type} payload: ${describeIssues(parsed.error).join('; ')}`,
    );
}

async function main(): Promise<void> {
  const settings = settingsFrom(process.argv.slice(2));
  mkdirSync(settings.out, { recursive: true });
  const started = Date.now();
  const shouldCheck = (index: number) =>
    settings.validate === 'all' || (settings.validate === 'sample' && index % 100 === 0);
  console.log(
    `scale data (seed "${settings.seed}", now ${settings.now.toISOString()}): ${settings.jobs} jobs from ${settings.employers} employers, ` +
      `${settings.profiles} profiles -> ${settings.out}`,
  );

  const employers: DemoEmployer[] = [];
  const employerSource = employerStream(settings.seed, { idPrefix: 'scale' });
  while (employers.length < settings.employers) employers.push(employerSource.next().value as DemoEmployer);

  const jobsStarted = Date.now();
  const jobsFile = new NdjsonWriter(join(settings.out, 'jobs.ndjson'));
  const jobProgress = new Progress('job snapshots', settings.jobs);
  const jobs = jobStream(settings.seed, employers, { now: settings.now, idPrefix: 'scale' });
  for (let index = 0; index < settings.jobs; index++) {
    const job = jobs.next().value!;
    const snapshot = toJobSnapshot(job, employers[job.employerIndex]!);
    if (shouldCheck(index)) check(jobPosted, snapshot, job.key);
    await jobsFile.write(snapshot);
    if (index % 500 === 499) jobProgress.tick(500);
  }
  await jobsFile.close();
  jobProgress.tick(settings.jobs % 500);
  jobProgress.finish();
  const jobsSeconds = (Date.now() - jobsStarted) / 1000;

  const profilesStarted = Date.now();
  const profilesFile = new NdjsonWriter(join(settings.out, 'profiles.ndjson'));
  const profileProgress = new Progress('profile snapshots', settings.profiles);
  const veterans = veteranStream(settings.seed, { now: settings.now, idPrefix: 'scale' });
  for (let index = 0; index < settings.profiles; index++) {
    const veteran = veterans.next().value!;
    const snapshot = toProfileSnapshot(veteran);
    if (shouldCheck(index)) check(profileCreated, snapshot, veteran.userId);
    await profilesFile.write(snapshot);
    if (index % 500 === 499) profileProgress.tick(500);
  }
  await profilesFile.close();
  profileProgress.tick(settings.profiles % 500);
  profileProgress.finish();
  const profilesSeconds = (Date.now() - profilesStarted) / 1000;

  const seconds = (Date.now() - started) / 1000;
  const files = [jobsFile, profilesFile].map((file) => ({
    file: file.path,
    lines: file.lines,
    bytes: statSync(file.path).size,
  }));
  writeFileSync(
    join(settings.out, 'manifest.json'),
    `${JSON.stringify(
      {
        seed: settings.seed,
        now: settings.now.toISOString(),
        employers: settings.employers,
        jobs: {
          file: 'jobs.ndjson',
          payload: `${jobPosted.type} v${jobPosted.version}`,
          count: settings.jobs,
        },
        profiles: {
          file: 'profiles.ndjson',
          payload: `${profileCreated.type} v${profileCreated.version}`,
          count: settings.profiles,
        },
        validated: settings.validate,
        seconds: { jobs: jobsSeconds, profiles: profilesSeconds, total: seconds },
        bytes: Object.fromEntries(files.map((file) => [file.file.split('/').pop(), file.bytes])),
      },
      null,
      2,
    )}\n`,
  );
  for (const file of files)
    console.log(`  ${file.file}  ${file.lines} lines, ${(file.bytes / 1024 / 1024).toFixed(1)} MiB`);
  console.log(
    `scale data written in ${seconds.toFixed(1)}s (jobs ${jobsSeconds.toFixed(1)}s, profiles ${profilesSeconds.toFixed(1)}s; ` +
      `validated: ${settings.validate})`,
  );
}

main().catch((error: unknown) => {
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.error(`scale data: stopped. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
