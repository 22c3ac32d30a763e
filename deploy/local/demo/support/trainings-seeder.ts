import type { DemoCourse } from '@vetlink/demo-data';
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
 * The training part of the demo, through the trainings service's API: an officer adds each city's courses
 * to the catalogue, each naming its provider's id (whose staff account then keeps its runs), and schedules
 * their runs; veterans of the city enrol one after another, so the run
 * that fills up has its waitlist in the generated order. A course already in the catalogue (same title
 * and provider in its city) is left as it is, runs and enrolments included.
 */
export class TrainingsSeeder {
  readonly tally = { courses: 0, existing: 0, runs: 0, seated: 0, waitlisted: 0 };

  constructor(
    private readonly client: PlatformClient,
    private readonly tokens: DevTokens,
    private readonly trainingsUrl: string,
    private readonly concurrency: number,
  ) {}

  async run(courses: readonly DemoCourse[]): Promise<void> {
    const progress = new Progress('trainings', courses.length);
    await inPool(courses, this.concurrency, async (course) => {
      await this.seed(course);
      progress.tick();
    });
    progress.finish(
      `${this.tally.courses} courses with ${this.tally.runs} runs (${this.tally.existing} already there); ` +
        `${this.tally.seated} veterans seated, ${this.tally.waitlisted} waitlisted`,
    );
  }

  private async seed(course: DemoCourse): Promise<void> {
    const officer = this.tokens.bearer(OFFICER);
    if (await this.alreadyThere(course, officer)) {
      this.tally.existing++;
      return;
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

  private async alreadyThere(course: DemoCourse, authorization: string): Promise<boolean> {
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
      if (
        page.items.some(
          (found) => found.title === course.body.title && found.provider === course.body.provider,
        )
      )
        return true;
      cursor = page.nextCursor;
    } while (cursor);
    return false;
  }

  private async post<Body>(path: string, authorization: string, body: unknown): Promise<Body> {
    return (await this.client.request<Body>('POST', this.url(path), { authorization, body })).body;
  }

  private url(path: string): string {
    return `${this.trainingsUrl}/trainings${path}`;
  }
}
