/**
 * Calibration run on the counsellors' development set (../shared/match-dev): enters its 240 jobs and 10
 * veterans through the public HTTP APIs of job-postings and skills-profiles exactly as people would (free
 * text where they type free text), lets matching push what it pushes, ranks each veteran's jobs through
 * the recommended-jobs API, and scores both with the set's own eval.py.
 *
 * The services run from source on their own databases, queue prefixes and consumer groups (the api-fuzz
 * harness), against the running engines; nothing is shared with the launcher's services.
 *
 *   npx nx run match-dev:eval            (MATCH_DEV_DIR to point at another copy of the set)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TOPICS } from '@vetlink/contracts';
import { createTestTokenIssuer, dropTestDatabase, EventCollector } from '@vetlink/testing';
// The api-fuzz harness that starts services from source on a run's own databases and consumer groups:
// reused rather than copied (it belongs in libs/testing once a third runner needs it).
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  deleteRunGroups,
  listedServices,
  newRunId,
  repoRoot,
  type RunningService,
  startRunGroupsAtEnd,
  startService,
  vetlinkHome,
  waitUntilReady,
} from '../../api-fuzz/scripts/local-services';
import { courseReportRow, printCourseReport, publishCatalogue } from './course-report';
import { type DevJob, type DevProfile, jobBody, placeOf, profileBody } from './dev-set-bodies';
import { ApiClient } from './api-client';
import { reportTermResolution, type ResolutionNote } from './term-report';

const SERVICES = ['job-postings', 'skills-profiles', 'matching', 'trainings'];
const devDir = resolve(process.env['MATCH_DEV_DIR'] ?? join(repoRoot, '../shared/match-dev'));
const outDir = join(vetlinkHome, 'match-dev');
const SETTLE_MS = 8000;

/** Ports of the run's services: the launcher's plus this, so that a running platform is left alone. */
function portOffset(): number {
  const offset = Number(process.env['MATCH_DEV_PORT_OFFSET'] ?? 600);
  if (!Number.isInteger(offset) || offset < 1 || offset > 30_000)
    throw new Error('MATCH_DEV_PORT_OFFSET must be a whole number from 1 to 30000');
  return offset;
}

async function main(): Promise<void> {
  const jobs: DevJob[] = JSON.parse(readFileSync(join(devDir, 'jobs.json'), 'utf8'));
  const profiles: DevProfile[] = JSON.parse(readFileSync(join(devDir, 'profiles.json'), 'utf8'));
  const runId = newRunId('match-dev');
  const issuer = createTestTokenIssuer();
  const entries = listedServices(SERVICES);
  mkdirSync(outDir, { recursive: true });
  // A search snapshot of an earlier run would bring that run's jobs back into this one's indexes.
  rmSync(join(outDir, 'logs', 'snapshots'), { recursive: true, force: true });
  await startRunGroupsAtEnd(runId, entries);
  const pushes = await new EventCollector(brokers(), [TOPICS.jobMatches]).start();
  const services = entries.map((entry) =>
    startService(entry, {
      runId,
      portOffset: portOffset(),
      jwtPublicKey: issuer.authConfig.publicKey,
      logDir: join(outDir, 'logs'),
    }),
  );
  try {
    await Promise.all(services.map((service) => waitUntilReady(service)));
    const api = (name: string, token: string) => new ApiClient(serviceNamed(services, name).baseUrl, token);
    const officer = issuer.mint({ role: 'officer', userId: `${runId}-officer` }, { expiresIn: 900 });
    const employerToken = issuer.mint(
      { role: 'employer', userId: `${runId}-employer`, organisationId: `${runId}-org` },
      { expiresIn: 900 },
    );
    const veteranIds = new Map(profiles.map((profile) => [`${runId}-${profile.id}`, profile.id]));
    const notes: ResolutionNote[] = [];

    // Veterans first, so that each job's posting is what pushes it (the path most pushes take).
    for (const [index, profile] of profiles.entries()) {
      const token = issuer.mint({ role: 'veteran', userId: `${runId}-${profile.id}` }, { expiresIn: 900 });
      const saved = await api('skills-profiles', token).put('/profiles/me', profileBody(profile, index + 1));
      notes.push({ kind: 'profile', source: profile.id, resolution: saved['termResolution'] });
    }

    const homeCities = profiles.map((profile) => placeOf(profile.homeCity, profile.district).cityId);
    const courses = await publishCatalogue(api('trainings', officer), homeCities);
    console.log(`bureau catalogue: ${courses} courses with a run open for enrolment`);

    const employer = api('job-postings', employerToken);
    await employer.post('/employers', {
      name: '发展集评测用人单位',
      creditCode: '914403001922038216',
      industry: 'transport-logistics',
      cityId: 'nanjing',
      contact: { name: '王经理', phone: '13900000000' },
    });
    await api('job-postings', officer).post(`/employers/${runId}-org/verification`, {});
    const deadline = new Date(Date.now() + 60 * 24 * 3600_000);
    const jobIds = new Map<string, string>();
    for (const job of jobs) {
      const created = await employer.post('/jobs', jobBody(job, deadline));
      const jobId = String(created['id']);
      jobIds.set(jobId, job.id);
      notes.push({ kind: 'job', source: job.id, resolution: created['termResolution'] });
      await employer.post(`/jobs/${jobId}/publish`, {});
    }

    const matching = api('matching', officer);
    await waitUntilSettled(() => pushes.events.length, SETTLE_MS);
    const rankings: Record<string, unknown> = {};
    const details: Record<string, unknown[]> = {};
    const lengths: string[] = [];
    for (const [veteranId, devId] of veteranIds) {
      const page = await matching.get(`/veterans/${veteranId}/recommended-jobs?limit=100`);
      // The topics are shared: jobs other runs post on the same engines can reach this run's matching.
      const items = (page['items'] as RecommendedItem[]).filter((item) => jobIds.has(item.job.jobId));
      rankings[devId] = items.map((item) => jobIds.get(item.job.jobId));
      details[devId] = items.map((item) => ({
        job: jobIds.get(item.job.jobId),
        score: item.score,
        components: item.components,
        reasons: item.reasons.map((reason) => reason.text.zh),
      }));
      lengths.push(`${devId} ${items.length}`);
    }
    rankings['_pushed'] = pushedByVeteran(pushes.events, veteranIds, jobIds);

    const rankingsFile = join(outDir, 'rankings.json');
    writeFileSync(rankingsFile, JSON.stringify(rankings, null, 1));
    // What the score said of each recommended job, to see why a pair ranks where it does.
    writeFileSync(join(outDir, 'recommendations.json'), JSON.stringify(details, null, 1));
    console.log(`recommended jobs per veteran: ${lengths.join(', ')}`);
    reportTermResolution(notes);
    console.log(`\nrankings and pushes: ${rankingsFile}\n`);
    const evaluation = spawnSync('python3', [join(devDir, 'eval.py'), rankingsFile], { stdio: 'inherit' });
    if (evaluation.status !== 0) throw new Error('eval.py failed');

    const pools: Record<string, Record<string, number>> = JSON.parse(
      readFileSync(join(devDir, 'pools.json'), 'utf8'),
    );
    const rows = [];
    for (const [veteranId, devId] of veteranIds) {
      const token = issuer.mint({ role: 'veteran', userId: veteranId }, { expiresIn: 900 });
      rows.push(
        await courseReportRow(
          api('trainings', token),
          devId,
          jobIds,
          new Set(Object.keys(pools[devId] ?? {})),
        ),
      );
    }
    printCourseReport(rows, join(outDir, 'course-suggestions.json'));
  } finally {
    await pushes.stop().catch(() => undefined);
    await Promise.all(services.map((service) => service.stop()));
    await Promise.all(
      entries.map((entry) => dropTestDatabase(`${runId}-${entry.name}`).catch(() => undefined)),
    );
    await deleteRunGroups(runId).catch(() => undefined);
  }
}

interface RecommendedItem {
  job: { jobId: string };
  score: number;
  components: Record<string, number>;
  reasons: { text: { zh: string } }[];
}

function brokers(): string[] {
  return (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
}

function serviceNamed(services: RunningService[], name: string): RunningService {
  const service = services.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`${name} was not started`);
  return service;
}

/** Waits until a count stops growing for `quietMs` (matching handles the postings' events in the background). */
async function waitUntilSettled(count: () => number, quietMs: number): Promise<void> {
  let last = -1;
  let since = Date.now();
  for (;;) {
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((done) => setTimeout(done, 500));
  }
}

function pushedByVeteran(
  events: { envelope: { payload: { veteranId: string; jobId: string } } }[],
  veteranIds: Map<string, string>,
  jobIds: Map<string, string>,
): Record<string, string[]> {
  const pushed: Record<string, string[]> = Object.fromEntries([...veteranIds.values()].map((id) => [id, []]));
  for (const { envelope } of events) {
    const devVeteran = veteranIds.get(envelope.payload.veteranId);
    const devJob = jobIds.get(envelope.payload.jobId);
    if (devVeteran && devJob && !pushed[devVeteran].includes(devJob)) pushed[devVeteran].push(devJob);
  }
  return pushed;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
