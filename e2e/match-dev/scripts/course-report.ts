import { writeFileSync } from 'node:fs';
import { bureauCourseBody, demoRunBody } from '@vetlink/demo-data';
import { listEntries } from '@vetlink/taxonomy';
import { ApiClient } from './api-client';

/**
 * Issue 20 on the development set: the bureau's catalogue (every taxonomy training, as a course in each
 * veteran's home city with a run open for enrolment) is published through the trainings API; then each
 * veteran asks for their skill gaps (`GET /trainings/skill-gaps/me`) and the report prints the top course
 * and the pool jobs it would unlock — jobs within the veteran's radius that fail today only on what the
 * course gives (a certificate, a skill) or score just under the push threshold.
 */

interface SuggestedCourse {
  courseId: string;
  title: string;
  certificateIds: string[];
  skillIds: string[];
  unlockedJobCount: number;
  pay: { min: number; max: number };
  jobs: { jobId: string; title: string; scoreAfter: number }[];
}

interface SkillGaps {
  jobsConsidered: number;
  jobsOpenToday: number;
  courses: SuggestedCourse[];
  gaps: { kind: string; id: string; name: string; jobCount: number }[];
}

export interface CourseReportRow {
  veteran: string;
  jobsConsidered: number;
  jobsOpenToday: number;
  topCourse: string | null;
  gives: string[];
  unlocked: number;
  unlockedInPool: string[];
  pay: { min: number; max: number } | null;
  topGaps: string[];
}

/** Publishes each taxonomy training as a course in every city given, each with a run open now. */
export async function publishCatalogue(officer: ApiClient, cityIds: readonly string[]): Promise<number> {
  let published = 0;
  for (const cityId of new Set(cityIds))
    for (const training of listEntries('training')) {
      const body = bureauCourseBody(training.id, cityId);
      const course = await officer.post('/trainings/courses', body);
      await officer.post(
        `/trainings/courses/${String(course['id'])}/runs`,
        demoRunBody('enrolment-open', body.durationDays, new Date()),
      );
      published++;
    }
  return published;
}

/** Asks for one veteran's skill gaps and keeps what the report prints. */
export async function courseReportRow(
  veteran: ApiClient,
  devVeteranId: string,
  devJobIdOf: ReadonlyMap<string, string>,
  pool: ReadonlySet<string>,
): Promise<CourseReportRow> {
  const gaps = (await veteran.get('/trainings/skill-gaps/me?jobs=100')) as unknown as SkillGaps;
  const top = gaps.courses[0];
  return {
    veteran: devVeteranId,
    jobsConsidered: gaps.jobsConsidered,
    jobsOpenToday: gaps.jobsOpenToday,
    topCourse: top?.title ?? null,
    gives: top ? [...top.certificateIds, ...top.skillIds] : [],
    unlocked: top?.unlockedJobCount ?? 0,
    unlockedInPool: (top?.jobs ?? [])
      .map((job) => devJobIdOf.get(job.jobId))
      .filter((devJob): devJob is string => devJob !== undefined && pool.has(devJob)),
    pay: top?.pay ?? null,
    topGaps: gaps.gaps.slice(0, 3).map((gap) => `${gap.name} (${gap.jobCount})`),
  };
}

export function printCourseReport(rows: readonly CourseReportRow[], file: string): void {
  writeFileSync(file, JSON.stringify(rows, null, 1));
  console.log('\nTop course per veteran (issue 20; jobs of the veteran’s pool it would unlock):');
  for (const row of rows) {
    const unlocked = row.unlockedInPool.length > 0 ? row.unlockedInPool.join(' ') : '—';
    const pay = row.pay ? `, pay ${row.pay.min}–${row.pay.max}` : '';
    console.log(
      `  ${row.veteran}  ${row.topCourse ?? '(no course would open a job)'}` +
        (row.topCourse
          ? `  → ${row.unlocked} jobs (${row.unlockedInPool.length} in pool: ${unlocked})${pay}`
          : '') +
        `  | open today ${row.jobsOpenToday} of ${row.jobsConsidered}; gaps: ${row.topGaps.join(', ') || '—'}`,
    );
  }
  const withCourse = rows.filter((row) => row.topCourse);
  const inPool = rows.reduce((sum, row) => sum + row.unlockedInPool.length, 0);
  console.log(
    `COURSES  veterans with a suggestion ${withCourse.length}/${rows.length}  pool jobs unlocked by the top course ${inPool}\n` +
      `  (details: ${file})`,
  );
}
