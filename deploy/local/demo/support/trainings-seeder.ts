import { shanghaiDate, startOfShanghaiDay, type DemoCourse } from '@vetlink/demo-data';
import { createHash } from 'node:crypto';
import { inPool } from './pool';
import { PlatformClient } from './platform-client';
import { Progress } from './progress';
import { DevTokens, Subject } from './tokens';

interface Identified {
  id: string;
}

interface CourseView extends Identified {
  title: string;
  provider: string;
}

interface RunView extends Identified {
  reference?: string;
}

/** A run held already or under way, as POST /courses/{id}/recorded-runs takes it. */
export interface HeldRunBody {
  reference: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  roster: {
    veteranId: string;
    completion?: { outcome: 'completed' | 'not-completed'; attendancePercent: number };
  }[];
}

/** The runs a city's first course has already held: one under way, one finished with completions. */
export interface HeldRuns {
  course: DemoCourse;
  runs: HeldRunBody[];
}

const DAY_MS = 86_400_000;
/** Veterans in each held run; of the finished run's, the last one did not complete it. */
const HELD_ROSTER = 4;
const HELD_CAPACITY = 20;
const ATTENDANCE = [96, 90, 85, 40];

const OFFICER: Subject = { userId: 'demo-officer-1', role: 'officer', organisationId: 'bureau-jiangsu' };

/**
 * The id a demo training provider goes by (a course's `providerId`, its staff's token `org`): made from
 * its name, which is Chinese, so the same provider gets the same id on every run of the seed.
 */
export function demoProviderId(provider: string): string {
  return `provider-${createHash('sha256').update(provider).digest('hex').slice(0, 10)}`;
}

/** One staff account per demo provider, which keeps that provider's runs. */
export function demoProviderStaff(courses: readonly DemoCourse[]): { id: string; providerId: string }[] {
  return [...new Set(courses.map((course) => demoProviderId(course.body.provider)))].map((providerId) => ({
    id: `demo-staff-${providerId}`,
    providerId,
  }));
}

/**
 * Per city, its first course gets a run under way (begun 3 days ago, its roster seated) and a finished
 * one (ended two weeks ago) whose veterans mostly completed it, so that their profiles gain the verified
 * certificate and matching pushes the jobs it opens. Veterans are those of the city enrolled elsewhere
 * in the demo, none of them in the course's own runs (a veteran who holds the certificate does not enrol
 * again). References name city and state, so a second seed finds the runs it recorded.
 */
export function heldRunsOf(courses: readonly DemoCourse[], now: Date): HeldRuns[] {
  const byCity = new Map<string, DemoCourse[]>();
  for (const course of courses)
    byCity.set(course.body.cityId, [...(byCity.get(course.body.cityId) ?? []), course]);
  return [...byCity.entries()].map(([cityId, cityCourses]) => {
    const [first] = cityCourses;
    const inFirst = new Set(first.runs.flatMap((run) => run.enrolledVeteranUserIds));
    const others = [
      ...new Set(cityCourses.flatMap((course) => course.runs.flatMap((run) => run.enrolledVeteranUserIds))),
    ].filter((veteranId) => !inFirst.has(veteranId));
    const span = calendarDays(first.body.durationDays);
    const today = startOfShanghaiDay(now).getTime();
    const day = (offset: number) => shanghaiDate(new Date(today + offset * DAY_MS));
    const finishers = others.slice(0, HELD_ROSTER);
    return {
      course: first,
      runs: [
        {
          reference: `demo:${cityId}:finished`,
          startsOn: day(-14 - span),
          endsOn: day(-15),
          capacity: HELD_CAPACITY,
          roster: finishers.map((veteranId, index) => ({
            veteranId,
            completion: {
              outcome: index === HELD_ROSTER - 1 ? ('not-completed' as const) : ('completed' as const),
              attendancePercent: ATTENDANCE[index],
            },
          })),
        },
        {
          reference: `demo:${cityId}:in-progress`,
          startsOn: day(-3),
          endsOn: day(span - 4),
          capacity: HELD_CAPACITY,
          roster: others.slice(HELD_ROSTER, 2 * HELD_ROSTER).map((veteranId) => ({ veteranId })),
        },
      ].filter((run) => run.roster.length > 0),
    };
  });
}

/** Teaching days on weekdays, as the demo's runs spread them: 10 teaching days over two weeks. */
function calendarDays(teachingDays: number): number {
  return teachingDays + 2 * Math.floor((teachingDays - 1) / 5);
}

/**
 * The training part of the demo, through the trainings service's API: an officer adds each city's courses
 * to the catalogue, each naming its provider's id (whose staff account then keeps its runs), and schedules
 * their runs; veterans of the city enrol one after another, so the run
 * that fills up has its waitlist in the generated order. A course already in the catalogue (same title
 * and provider in its city) is left as it is, runs and enrolments included. Then the runs the cities'
 * first courses held already are recorded (`heldRunsOf`), each once.
 */
export class TrainingsSeeder {
  readonly tally = {
    courses: 0,
    existing: 0,
    runs: 0,
    seated: 0,
    waitlisted: 0,
    held: 0,
    heldExisting: 0,
    heldSeated: 0,
    completed: 0,
  };

  constructor(
    private readonly client: PlatformClient,
    private readonly tokens: DevTokens,
    private readonly trainingsUrl: string,
    private readonly concurrency: number,
  ) {}

  async run(courses: readonly DemoCourse[], now: Date = new Date()): Promise<void> {
    const progress = new Progress('trainings', courses.length);
    const courseIds = new Map<DemoCourse, string>();
    await inPool(courses, this.concurrency, async (course) => {
      courseIds.set(course, await this.seed(course));
      progress.tick();
    });
    const held = heldRunsOf(courses, now);
    await inPool(held, this.concurrency, async ({ course, runs }) => {
      const courseId = courseIds.get(course);
      if (courseId) await this.recordHeld(courseId, runs);
    });
    progress.finish(
      `${this.tally.courses} courses with ${this.tally.runs} runs (${this.tally.existing} already there); ` +
        `${this.tally.seated} veterans seated, ${this.tally.waitlisted} waitlisted; ` +
        `${this.tally.held} runs held already recorded (${this.tally.heldExisting} already there) with ` +
        `${this.tally.heldSeated} veterans, ${this.tally.completed} completions`,
    );
  }

  /** The course's id; a course already in the catalogue is left as it is, its runs and enrolments too. */
  private async seed(course: DemoCourse): Promise<string> {
    const officer = this.tokens.bearer(OFFICER);
    const existing = await this.existingCourseId(course, officer);
    if (existing) {
      this.tally.existing++;
      return existing;
    }
    const { id: courseId } = await this.post<Identified>('/courses', officer, {
      ...course.body,
      providerId: demoProviderId(course.body.provider),
    });
    this.tally.courses++;
    for (const run of course.runs) {
      const { id: runId } = await this.post<Identified>(`/courses/${courseId}/runs`, officer, run.body);
      this.tally.runs++;
      for (const veteranUserId of run.enrolledVeteranUserIds) await this.enrol(runId, veteranUserId);
    }
    return courseId;
  }

  /** Runs held already, recorded as the bureau would; one recorded by an earlier seed is left as it is. */
  private async recordHeld(courseId: string, runs: readonly HeldRunBody[]): Promise<void> {
    const officer = this.tokens.bearer(OFFICER);
    const known = new Set(
      (
        await this.client.request<{ items: RunView[] }>('GET', this.url(`/courses/${courseId}/runs`), {
          authorization: officer,
        })
      ).body.items.map((run) => run.reference),
    );
    for (const run of runs) {
      if (known.has(run.reference)) {
        this.tally.heldExisting++;
        continue;
      }
      const recorded = await this.post<{ enrolments: { status: string }[] }>(
        `/courses/${courseId}/recorded-runs`,
        officer,
        run,
      );
      this.tally.held++;
      this.tally.heldSeated += recorded.enrolments.length;
      this.tally.completed += recorded.enrolments.filter(
        (enrolment) => enrolment.status === 'completed',
      ).length;
    }
  }

  private async enrol(runId: string, veteranUserId: string): Promise<void> {
    const veteran = this.tokens.bearer({ userId: veteranUserId, role: 'veteran' });
    const made = await this.client.request<{ status: string }>(
      'POST',
      this.url(`/runs/${runId}/enrolments`),
      {
        authorization: veteran,
        accept: [409],
      },
    );
    if (made.status === 409) return;
    if (made.body.status === 'waitlisted') this.tally.waitlisted++;
    else this.tally.seated++;
  }

  private async existingCourseId(course: DemoCourse, authorization: string): Promise<string | undefined> {
    let cursor: string | undefined;
    do {
      const query = `cityId=${course.body.cityId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (
        await this.client.request<{ items: CourseView[]; nextCursor?: string }>(
          'GET',
          this.url(`/courses?${query}`),
          { authorization },
        )
      ).body;
      const found = page.items.find(
        (item) => item.title === course.body.title && item.provider === course.body.provider,
      );
      if (found) return found.id;
      cursor = page.nextCursor;
    } while (cursor);
    return undefined;
  }

  private async post<Body>(path: string, authorization: string, body: unknown): Promise<Body> {
    return (await this.client.request<Body>('POST', this.url(path), { authorization, body })).body;
  }

  private url(path: string): string {
    return `${this.trainingsUrl}/trainings${path}`;
  }
}
