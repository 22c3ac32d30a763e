/**
 * Skill-gaps benchmark: GET /trainings/skill-gaps/me for veterans of a city holding BENCH_JOBS open jobs
 * (3,000 by default: the most a city holds) against BENCH_COURSES courses with an open run (30), through
 * the real service on FerretDB. Prints the time per request and, apart, the score's share (the same
 * analysis in-process on the same data). Not a test: prints figures, never fails on time.
 *
 *   npx nx run trainings:bench        (or BENCH_JOBS=… BENCH_COURSES=… BENCH_VETERANS=… with it)
 *
 * Needs the engines (`deploy/local/vetlink up --engines-only`). The open jobs and veterans are written
 * straight into the read model as its event handlers write them (events would only add the minutes of
 * consuming 3,000 job-posted); the courses and runs go through the API.
 */
import type { JobForMatching, VeteranForMatching } from '@vetlink/matching-score';
import { Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';
import { listEntries } from '@vetlink/taxonomy';
import { cityRange, openJobId } from '../src/skill-gaps/domain/open-job-ids';
import { analyseSkillGaps } from '../src/skill-gaps/domain/skill-gaps';
import type { OpenJobRecord, VeteranViewRecord } from '../src/skill-gaps/read-model.schema';
import { startTrainings } from '../test/support/trainings-harness';

const CITY = 'nanjing';

async function main() {
  const jobCount = Number(process.env['BENCH_JOBS'] ?? 3000);
  const courseCount = Number(process.env['BENCH_COURSES'] ?? 30);
  const veteranCount = Number(process.env['BENCH_VETERANS'] ?? 20);
  const trainings = await startTrainings({ LOG_LEVEL: 'error' });
  try {
    const now = new Date();
    const random = new Random(2026);
    const jobs: JobForMatching[] = Array.from({ length: jobCount }, (_, index) =>
      syntheticJob(random, index, now, { cities: [CITY] }),
    );
    const openJobs = trainings.service.connection.collection<OpenJobRecord>('skill_gap_open_jobs');
    for (let start = 0; start < jobs.length; start += 500)
      await openJobs.insertMany(
        jobs
          .slice(start, start + 500)
          .map((job) => ({ _id: openJobId(CITY, job.jobId), cityId: CITY, job: JSON.stringify(job) })),
      );

    const reads: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const started = performance.now();
      await openJobs.find({ _id: cityRange(CITY) }).toArray();
      reads.push(performance.now() - started);
    }
    process.stdout.write(
      `reading ${CITY}'s ${jobCount} open jobs: ${reads.map((ms) => ms.toFixed(0)).join(', ')} ms\n`,
    );

    const trainingIds = listEntries('training').map((training) => training.id);
    const courses: { courseId: string; title: string; skillIds: string[]; certificateIds: string[] }[] = [];
    for (let index = 0; index < courseCount; index += 1) {
      const response = await trainings
        .http()
        .post('/trainings/courses')
        .set('authorization', trainings.officer)
        .send({
          title: `培训班 ${index + 1}`,
          trainingId: trainingIds[index % trainingIds.length],
          durationDays: 10,
          costFen: 200_000,
          veteranSubsidyFen: 150_000,
          provider: '南京市退役军人职业技能培训中心',
          cityId: CITY,
          venue: '江宁区实训基地',
          mode: 'in-person',
        })
        .expect(201);
      courses.push({
        courseId: response.body.id,
        title: response.body.title,
        skillIds: response.body.skillIds,
        certificateIds: response.body.certificateIds,
      });
      await trainings.openRun(response.body.id, 20);
    }

    const veterans: VeteranForMatching[] = Array.from({ length: veteranCount }, (_, index) => ({
      ...syntheticVeteran(random, index, { homeCities: [CITY] }),
      veteranId: `bench-veteran-${index}`,
      jobSeekingStatus: 'actively-looking',
    }));
    await trainings.service.connection.collection<VeteranViewRecord>('skill_gap_veterans').insertMany(
      veterans.map((veteran) => ({
        _id: veteran.veteranId,
        revision: 1,
        jobSeekingStatus: veteran.jobSeekingStatus,
        veteran,
      })),
    );

    // The service starts again on its data, as after a deployment: what its first request meets.
    const restarting = performance.now();
    await trainings.service.stop();
    await trainings.service.start();
    const restartMs = performance.now() - restarting;

    const request = (veteranId: string) =>
      trainings
        .http()
        .get('/trainings/skill-gaps/me')
        .set('authorization', trainings.as(veteranId, 'veteran'));
    // The first request after the start: its status too (past the read deadline it is a 503).
    const coldStarted = performance.now();
    const coldStatus = (await request(veterans[0].veteranId)).status;
    const coldMs = performance.now() - coldStarted;
    const requestMs: number[] = [];
    const scoreMs: number[] = [];
    let suggested = 0;
    let considered = 0;
    let failed = 0;
    for (const veteran of veterans) {
      const started = performance.now();
      const response = await request(veteran.veteranId);
      requestMs.push(performance.now() - started);
      if (response.status !== 200) failed += 1;
      suggested += response.body.courses?.length ?? 0;
      considered += response.body.jobsConsidered ?? 0;
      const scoring = performance.now();
      analyseSkillGaps(veteran, jobs, courses, now);
      scoreMs.push(performance.now() - scoring);
    }
    const line = (name: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
      return `${name}: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`;
    };
    process.stdout.write(
      [
        `skill gaps: ${jobCount} open jobs in ${CITY} × ${courseCount} courses with an open run, ${veteranCount} veterans`,
        `  jobs weighed per request (mean): ${(considered / veteranCount).toFixed(0)}, courses suggested (mean): ${(suggested / veteranCount).toFixed(1)}`,
        `  restart on the data (stop, start: the warm-up included): ${restartMs.toFixed(0)} ms`,
        `  first GET /trainings/skill-gaps/me after it: ${coldMs.toFixed(0)} ms (${coldStatus})`,
        `  ${line('then GET /trainings/skill-gaps/me', requestMs)}${failed ? ` (${failed} not 200)` : ''}`,
        `  ${line('the analysis alone, in-process on the same data', scoreMs)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await trainings.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
