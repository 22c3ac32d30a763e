/**
 * Loads the demo into a running platform through the services' public HTTP APIs, so that validation,
 * the outbox and the Kafka events all run as they would for real users: a bureau officer, employers
 * that register themselves (each with its own token) and are verified by the officer, their jobs
 * drafted and published, veterans who write their own profiles, and applications at every stage.
 *
 * The launcher runs it once after the services are ready (demo_data_up in deploy/local/lib/services.sh).
 * By hand:
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register deploy/local/demo/seed.ts \
 *     [--seed vetlink-demo] [--employers 40] [--jobs 300] [--veterans 200] [--applications 60] [--concurrency 3]
 *
 * Deterministic from the seed (and the day: deadlines lie ahead of today). Running it again is safe:
 * existing employers (409), jobs (same title, address, pay and headcount), profiles (PUT) and
 * applications (409) are taken as they are. A 4xx that is not one of those stops it: the generator
 * produced something the service refuses, which is a bug to fix in libs/demo-data.
 */
import {
  generateDemoWorld,
  generateIncubatorStartups,
  generateLoans,
  generateMentorBookings,
  generateMentors,
  generateTrainingCourses,
  type DemoApplication,
  type DemoEmployer,
  type DemoJob,
  type DemoVeteran,
  type DemoWorld,
} from '@vetlink/demo-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DemoAccount, seedDemoAccounts, signInGuide } from './support/accounts-seeder';
import { IncubatorsSeeder } from './support/incubators-seeder';
import { LoansSeeder } from './support/loans-seeder';
import { MentorsSeeder } from './support/mentors-seeder';
import { demoProviderStaff, TrainingsSeeder } from './support/trainings-seeder';
import { inPool } from './support/pool';
import { ClientError, GaveUpError, PlatformClient } from './support/platform-client';
import { Progress } from './support/progress';
import { busiestEmployer, busiestMentor, sendThisWeeksDigest, showcaseVeteran } from './support/showcase';
import { DevTokens } from './support/tokens';

const REPO_ROOT = resolve(__dirname, '../../..');
const VETLINK_HOME = process.env['VETLINK_HOME'] ?? join(REPO_ROOT, '.vetlink');

interface Settings {
  seed: string;
  employers: number;
  jobs: number;
  veterans: number;
  applications: number;
  loans: number;
  mentors: number;
  mentorBookings: number;
  incubatorStartups: number;
  concurrency: number;
  jobPostingsUrl: string;
  skillsProfilesUrl: string;
  loansUrl: string;
  mentorsUrl: string;
  incubatorsUrl: string;
  trainingsUrl: string;
  recommendationsUrl: string;
  notificationsUrl: string;
}

interface JobView {
  id: string;
  status: string;
  title: string;
  location: { address: string };
  salary: { min: number; max: number };
  headcount: number;
  createdAt: string;
}

interface ApplicationView {
  id: string;
  stage: string;
}

interface Page<Item> {
  items: Item[];
  nextCursor?: string;
}

/** The share of the demo jobs posted after the veterans' profiles (pushed to the veterans they fit). */
const LATER_JOBS_SHARE = 0.2;
const OFFICER = { userId: 'demo-officer-1', role: 'officer', organisationId: 'bureau-jiangsu' } as const;

/** The gateway's port, from deploy/local/services.tsv (the one list of ports). */
function gatewayPort(): number {
  const row = readFileSync(join(REPO_ROOT, 'deploy/local/services.tsv'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('gateway\t'));
  return Number(row?.split('\t')[1] ?? 3000);
}

function settingsFrom(argv: readonly string[]): Settings {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index]!.replace(/^--/, '').split('=', 2) as [string, string | undefined];
    flags.set(name, inline ?? argv[++index] ?? '');
  }
  const count = (name: string, fallback: number, max: number) => {
    const value = Number(flags.get(name) ?? fallback);
    if (!Number.isInteger(value) || value < 0 || value > max)
      throw new Error(`--${name} must be a whole number 0 to ${max}`);
    return value;
  };
  const ports = servicePorts();
  return {
    seed: flags.get('seed') ?? process.env['VETLINK_DEMO_SEED'] ?? 'vetlink-demo',
    employers: count('employers', 40, 5000),
    jobs: count('jobs', 300, 50_000),
    veterans: count('veterans', 200, 50_000),
    applications: count('applications', 60, 10_000),
    loans: count('loans', 24, 10_000),
    mentors: count('mentors', 66, 1000),
    mentorBookings: count('mentor-bookings', 20, 1000),
    incubatorStartups: count('incubator-startups', 30, 1000),
    concurrency: count('concurrency', Number(process.env['VETLINK_DEMO_CONCURRENCY'] ?? 3), 16) || 1,
    jobPostingsUrl:
      process.env['VETLINK_JOB_POSTINGS_URL'] ?? `http://127.0.0.1:${ports.get('job-postings') ?? 3101}`,
    skillsProfilesUrl:
      process.env['VETLINK_SKILLS_PROFILES_URL'] ??
      `http://127.0.0.1:${ports.get('skills-profiles') ?? 3102}`,
    loansUrl: process.env['VETLINK_LOANS_URL'] ?? `http://127.0.0.1:${ports.get('loans') ?? 3108}`,
    mentorsUrl: process.env['VETLINK_MENTORS_URL'] ?? `http://127.0.0.1:${ports.get('mentors') ?? 3106}`,
    incubatorsUrl:
      process.env['VETLINK_INCUBATORS_URL'] ?? `http://127.0.0.1:${ports.get('incubators') ?? 3107}`,
    trainingsUrl:
      process.env['VETLINK_TRAININGS_URL'] ?? `http://127.0.0.1:${ports.get('trainings') ?? 3109}`,
    recommendationsUrl:
      process.env['VETLINK_RECOMMENDATIONS_URL'] ??
      `http://127.0.0.1:${ports.get('recommendations') ?? 3105}`,
    notificationsUrl:
      process.env['VETLINK_NOTIFICATIONS_URL'] ?? `http://127.0.0.1:${ports.get('notifications') ?? 3104}`,
  };
}

function servicePorts(): Map<string, string> {
  const lines = readFileSync(join(REPO_ROOT, 'deploy/local/services.tsv'), 'utf8').split('\n');
  return new Map(
    lines
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/) as [string, string]),
  );
}

class Seeder {
  private readonly jobIds = new Map<string, string>();
  private readonly applicationIds = new Map<number, ApplicationView>();
  /** Demo veterans who asked for their erasure since an earlier run: their accounts are not reused. */
  private readonly erasedVeterans = new Set<number>();
  readonly tally = {
    employersCreated: 0,
    employersExisting: 0,
    jobsCreated: 0,
    jobsExisting: 0,
    jobsPublished: 0,
    profilesCreated: 0,
    profilesUpdated: 0,
    profilesErased: 0,
    applicationsCreated: 0,
    applicationsExisting: 0,
    stageMoves: 0,
    stageMovesSkipped: 0,
  };

  constructor(
    private readonly world: DemoWorld,
    private readonly settings: Settings,
    private readonly client: PlatformClient,
    private readonly tokens: DevTokens,
  ) {}

  async waitUntilReady(): Promise<void> {
    for (const [name, base] of [
      ['job-postings', this.settings.jobPostingsUrl],
      ['skills-profiles', this.settings.skillsProfilesUrl],
    ] as const) {
      const deadline = Date.now() + 60_000;
      for (;;) {
        try {
          const response = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(5000) });
          if (response.ok) break;
        } catch {
          // not up yet
        }
        if (Date.now() > deadline)
          throw new Error(
            `${name} is not ready at ${base} after 60 s: start it with "bash deploy/local/vetlink up"`,
          );
        await new Promise((done) => setTimeout(done, 1000));
      }
    }
  }

  async employers(): Promise<void> {
    const progress = new Progress('employers', this.world.employers.length);
    await inPool(this.world.employers, this.settings.concurrency, async (employer) => {
      await this.registerEmployer(employer);
      await this.client.request('POST', this.jobsUrl(`/employers/${employer.organisationId}/verification`), {
        authorization: this.tokens.bearer(OFFICER),
      });
      progress.tick();
    });
    progress.finish(
      `${this.tally.employersCreated} registered, ${this.tally.employersExisting} already there; all verified`,
    );
  }

  private async registerEmployer(employer: DemoEmployer): Promise<void> {
    const authorization = this.employerToken(employer);
    const registered = await this.client.request('POST', this.jobsUrl('/employers'), {
      authorization,
      body: employer.registration,
      accept: [409],
    });
    if (registered.status !== 409) {
      this.tally.employersCreated++;
      return;
    }
    // 409: this organisation is registered already (a previous run), or its credit code is taken by another.
    const mine = await this.client.request('GET', this.jobsUrl('/employers/me'), {
      authorization,
      accept: [404],
    });
    if (mine.status === 404) {
      throw new ClientError('POST', this.jobsUrl('/employers'), 409, {
        message: `the credit code of ${employer.organisationId} (${employer.registration.name}) belongs to another organisation`,
      });
    }
    this.tally.employersExisting++;
  }

  async jobs(jobs: readonly DemoJob[], label: string): Promise<void> {
    const byEmployer = new Map<string, DemoJob[]>();
    for (const job of jobs)
      byEmployer.set(job.organisationId, [...(byEmployer.get(job.organisationId) ?? []), job]);
    // What a previous run left: jobs are matched on title, address, pay and headcount (the deadline moves daily).
    const existing = new Map<string, JobView>();
    const progress = new Progress(label, jobs.length);
    const before = { ...this.tally };
    await inPool([...byEmployer.keys()], this.settings.concurrency, async (organisationId) => {
      const employer = this.employerOf(organisationId);
      const views = await this.listAll<JobView>(
        this.jobsUrl(`/jobs?employerId=${encodeURIComponent(organisationId)}`),
        this.employerToken(employer),
      );
      const free = new Map<string, JobView[]>();
      for (const view of views.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
        const key = fingerprint(view);
        free.set(key, [...(free.get(key) ?? []), view]);
      }
      for (const job of byEmployer.get(organisationId) ?? []) {
        const match = free.get(fingerprint(job.body))?.shift();
        if (match) existing.set(job.key, match);
      }
    });

    await inPool(jobs, this.settings.concurrency, async (job) => {
      const authorization = this.employerToken(this.employerOf(job.organisationId));
      let view = existing.get(job.key);
      if (view) {
        this.tally.jobsExisting++;
      } else {
        view = (
          await this.client.request<JobView>('POST', this.jobsUrl('/jobs'), { authorization, body: job.body })
        ).body;
        this.tally.jobsCreated++;
      }
      if (view.status === 'draft') {
        await this.client.request('POST', this.jobsUrl(`/jobs/${view.id}/publish`), { authorization });
        this.tally.jobsPublished++;
      }
      this.jobIds.set(job.key, view.id);
      progress.tick();
    });
    const tally = this.tally;
    progress.finish(
      `${tally.jobsCreated - before.jobsCreated} drafted, ${tally.jobsPublished - before.jobsPublished} published, ` +
        `${tally.jobsExisting - before.jobsExisting} already there`,
    );
  }

  async veterans(): Promise<void> {
    const progress = new Progress('profiles', this.world.veterans.length);
    await inPool(this.world.veterans, this.settings.concurrency, async (veteran) => {
      const saved = await this.client.request('PUT', this.profilesUrl('/profiles/me'), {
        authorization: this.veteranToken(veteran),
        body: veteran.body,
        accept: [409],
      });
      if (saved.status === 201) this.tally.profilesCreated++;
      else if (saved.status === 409) {
        if (!JSON.stringify(saved.body).includes('erased'))
          throw new Error(`PUT /profiles/me answered 409: ${JSON.stringify(saved.body)}`);
        this.erasedVeterans.add(veteran.index);
        this.tally.profilesErased++;
      } else this.tally.profilesUpdated++;
      progress.tick();
    });
    progress.finish(
      `${this.tally.profilesCreated} created, ${this.tally.profilesUpdated} already there` +
        (this.tally.profilesErased
          ? `, ${this.tally.profilesErased} erased at their request (left out)`
          : ''),
    );
  }

  /** Whether a demo veteran still has an account (not erased at their request since an earlier run). */
  isActive(userId: string): boolean {
    return !this.world.veterans.some(
      (veteran) => veteran.userId === userId && this.erasedVeterans.has(veteran.index),
    );
  }

  /** All applications first, then the employers' moves: a hire may fill a job that others still apply to. */
  async applications(): Promise<void> {
    const applications = this.world.applications.filter(
      (application) => !this.erasedVeterans.has(application.veteranIndex),
    );
    const submitted = new Progress('applications', applications.length);
    await inPool(applications, this.settings.concurrency, async (application) => {
      this.applicationIds.set(application.index, await this.apply(application));
      submitted.tick();
    });
    submitted.finish(
      `${this.tally.applicationsCreated} submitted, ${this.tally.applicationsExisting} already there`,
    );

    const moving = applications.filter((application) => application.steps.length > 0);
    const moves = new Progress(
      'stage moves',
      moving.reduce((sum, application) => sum + application.steps.length, 0),
    );
    await inPool(moving, this.settings.concurrency, async (application) => {
      await this.moveAlong(application, moves);
    });
    moves.finish(
      `${this.tally.stageMoves} moves${this.tally.stageMovesSkipped ? `, ${this.tally.stageMovesSkipped} already made` : ''}`,
    );
  }

  private async apply(application: DemoApplication): Promise<ApplicationView> {
    const jobId = this.jobIds.get(application.jobKey);
    if (!jobId) throw new Error(`job ${application.jobKey} was not loaded`);
    const authorization = this.veteranToken(this.world.veterans[application.veteranIndex]!);
    const created = await this.client.request<ApplicationView>(
      'POST',
      this.jobsUrl(`/jobs/${jobId}/applications`),
      {
        authorization,
        body: application.body,
        accept: [409],
      },
    );
    if (created.status !== 409) {
      this.tally.applicationsCreated++;
      return created.body;
    }
    const mine = await this.client.request<Page<ApplicationView>>(
      'GET',
      this.jobsUrl(`/applications?jobId=${jobId}`),
      {
        authorization,
      },
    );
    const existing = mine.body.items[0];
    if (!existing)
      throw new ClientError('POST', this.jobsUrl(`/jobs/${jobId}/applications`), 409, created.body);
    this.tally.applicationsExisting++;
    return existing;
  }

  private async moveAlong(application: DemoApplication, progress: Progress): Promise<void> {
    const current = this.applicationIds.get(application.index)!;
    const path = ['applied', ...application.steps.map((step) => step.stage)];
    const reached = path.indexOf(current.stage);
    const done = reached < 0 ? application.steps.length : reached;
    this.tally.stageMovesSkipped += done;
    progress.tick(done);
    for (const step of application.steps.slice(done)) {
      if (step.by === 'veteran') {
        await this.client.request('POST', this.jobsUrl(`/applications/${current.id}/withdraw`), {
          authorization: this.veteranToken(this.world.veterans[application.veteranIndex]!),
        });
      } else {
        const moved = await this.client.request('POST', this.jobsUrl(`/applications/${current.id}/stage`), {
          authorization: this.employerToken(this.employerOf(application.organisationId)),
          body: { stage: step.stage },
          // A hire into a job another run filled already: the demo keeps the offer.
          accept: step.stage === 'hired' ? [409] : [],
        });
        if (moved.status === 409) {
          this.tally.stageMovesSkipped++;
          progress.tick();
          continue;
        }
      }
      this.tally.stageMoves++;
      progress.tick();
    }
  }

  /** What the platform holds now, counted through the APIs as an officer. */
  async census(): Promise<Record<string, string>> {
    const officer = this.tokens.bearer(OFFICER);
    const [employers, verified, openJobs, profiles, applications] = await Promise.all([
      this.listAll<unknown>(this.jobsUrl('/employers'), officer),
      this.listAll<unknown>(this.jobsUrl('/employers?verified=true'), officer),
      this.listAll<unknown>(this.jobsUrl('/jobs?status=open'), officer),
      this.listAll<unknown>(this.profilesUrl('/profiles'), officer),
      this.listAll<ApplicationView>(this.jobsUrl('/applications'), officer),
    ]);
    const stages = new Map<string, number>();
    for (const application of applications)
      stages.set(application.stage, (stages.get(application.stage) ?? 0) + 1);
    return {
      employers: `${employers.length} (${verified.length} verified)`,
      'open jobs': String(openJobs.length),
      profiles: String(profiles.length),
      applications: `${applications.length} (${[...stages].map(([stage, count]) => `${stage} ${count}`).join(', ')})`,
    };
  }

  private async listAll<Item>(url: string, authorization: string): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | undefined;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const page = await this.client.request<Page<Item>>(
        'GET',
        `${url}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { authorization },
      );
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  private employerOf(organisationId: string): DemoEmployer {
    const employer = this.world.employers.find((candidate) => candidate.organisationId === organisationId);
    if (!employer) throw new Error(`no employer ${organisationId} in the demo`);
    return employer;
  }

  private employerToken(employer: DemoEmployer): string {
    return this.tokens.bearer({
      userId: employer.hrUserId,
      role: 'employer',
      organisationId: employer.organisationId,
    });
  }

  private veteranToken(veteran: DemoVeteran): string {
    return this.tokens.bearer({ userId: veteran.userId, role: 'veteran' });
  }

  private jobsUrl(path: string): string {
    return `${this.settings.jobPostingsUrl}${path}`;
  }

  private profilesUrl(path: string): string {
    return `${this.settings.skillsProfilesUrl}${path}`;
  }
}

function fingerprint(
  job: Pick<JobView, 'title' | 'salary' | 'headcount'> & { location: { address: string } },
): string {
  return [job.title, job.location.address, job.salary.min, job.salary.max, job.headcount].join('|');
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = settingsFrom(process.argv.slice(2));
  const world = generateDemoWorld(settings.seed, {
    employers: settings.employers,
    jobs: settings.jobs,
    veterans: settings.veterans,
    applications: settings.applications,
  });
  console.log(
    `demo data (seed "${settings.seed}"): ${world.employers.length} employers, ${world.jobs.length} jobs, ` +
      `${world.veterans.length} veterans, ${world.applications.length} applications; ${settings.concurrency} requests at a time`,
  );
  const client = new PlatformClient();
  const tokens = new DevTokens(join(VETLINK_HOME, 'keys', 'jwt-private.pem'));
  const seeder = new Seeder(world, settings, client, tokens);
  await seeder.waitUntilReady();
  await seeder.employers();
  // Most jobs before the veterans write their profiles, the rest after: matching pushes those to the
  // veterans they fit, so the inboxes hold job pushes as on a platform in use.
  const laterJobs = Math.round(world.jobs.length * LATER_JOBS_SHARE);
  await seeder.jobs(world.jobs.slice(0, world.jobs.length - laterJobs), 'jobs');
  await seeder.veterans();
  await seeder.jobs(world.jobs.slice(world.jobs.length - laterJobs), 'jobs posted after the profiles');
  await seeder.applications();
  const loans = generateLoans(
    settings.seed,
    world.veterans,
    Math.min(settings.loans, world.veterans.length),
  ).filter((loan) => seeder.isActive(loan.veteranUserId));
  await new LoansSeeder(client, tokens, settings.loansUrl, settings.concurrency).run(loans);
  const mentors = generateMentors(settings.seed, settings.mentors);
  const bookings = generateMentorBookings(
    settings.seed,
    mentors,
    world.veterans,
    settings.mentorBookings,
    new Date(),
  ).filter((booking) => seeder.isActive(booking.veteranUserId));
  await new MentorsSeeder(client, tokens, settings.mentorsUrl, settings.concurrency).run(mentors, bookings);
  const startups = generateIncubatorStartups(
    settings.seed,
    world.veterans,
    Math.min(settings.incubatorStartups, world.veterans.length),
  ).filter((startup) => seeder.isActive(startup.veteranUserId));
  await new IncubatorsSeeder(client, tokens, settings.incubatorsUrl, settings.concurrency, new Date()).run(
    startups,
  );
  const courses = generateTrainingCourses(
    settings.seed,
    world.veterans.filter((veteran) => seeder.isActive(veteran.userId)),
  );
  await new TrainingsSeeder(client, tokens, settings.trainingsUrl, settings.concurrency).run(courses);
  const digests = await sendThisWeeksDigest(client, tokens, settings.recommendationsUrl);
  console.log(`  this week's digest sent: ${JSON.stringify(digests)}`);
  const shownFirst = {
    veteran: await showcaseVeteran(client, tokens, settings.notificationsUrl, world.applications, (userId) =>
      seeder.isActive(userId),
    ),
    employer: world.employers.find(
      (employer) => employer.organisationId === busiestEmployer(world.applications),
    )?.hrUserId,
    mentor: busiestMentor(bookings),
  };
  const accounts: DemoAccount[] = [
    ...world.veterans.map((veteran) => ({ role: 'veteran' as const, id: veteran.userId })),
    ...world.employers.map((employer) => ({
      role: 'employer' as const,
      id: employer.hrUserId,
      organisationId: employer.organisationId,
      organisationAdmin: true,
    })),
    ...mentors.map((mentor) => ({ role: 'mentor' as const, id: mentor.userId })),
    { role: 'officer', id: OFFICER.userId, organisationId: OFFICER.organisationId },
    ...[...new Set(loans.map((loan) => loan.bankId))].map((bankId) => ({
      role: 'bank-staff' as const,
      id: `teller-${bankId}`,
      organisationId: bankId,
    })),
    ...demoProviderStaff(courses).map((staff) => ({
      role: 'training-provider' as const,
      id: staff.id,
      organisationId: staff.providerId,
    })),
  ];
  const made = seedDemoAccounts(REPO_ROOT, VETLINK_HOME, accounts);
  const census = { ...(await seeder.census()), accounts: String(made.created + made.existing) };
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `demo data loaded in ${seconds}s (${client.requests} requests, ${client.retries} retried). The platform now holds:`,
  );
  for (const [what, count] of Object.entries(census)) console.log(`  ${what.padEnd(14)} ${count}`);
  const guide = signInGuide(
    `http://127.0.0.1:${gatewayPort()}`,
    ['veteran', 'employer', 'mentor', 'officer', 'bank-staff', 'training-provider'].flatMap(
      (role) =>
        accounts.find(
          (account) => account.role === role && account.id === shownFirst[role as keyof typeof shownFirst],
        ) ??
        accounts.find((account) => account.role === role) ??
        [],
    ),
  );
  console.log(guide);
  // The launcher prints this again on later starts (the demo data is loaded once).
  writeFileSync(join(VETLINK_HOME, 'demo-sign-in.txt'), `${guide}\n`);
}

main().catch((error: unknown) => {
  if (process.stdout.isTTY) process.stdout.write('\n');
  if (error instanceof ClientError) {
    console.error(
      `demo data: stopped. ${error.message}\n` +
        '  The service refused a generated request: that is a bug in libs/demo-data (or the API changed under it).',
    );
  } else if (error instanceof GaveUpError) {
    console.error(
      `demo data: stopped. ${error.message}\n  See the service logs: bash deploy/local/vetlink logs <service>`,
    );
  } else {
    console.error(`demo data: stopped. ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
