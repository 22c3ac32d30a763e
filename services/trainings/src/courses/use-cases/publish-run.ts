import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseRunPublished } from '@vetlink/contracts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { CoursesRepository } from '../courses.repository';
import { CourseRun, RunDraft, runProblems } from '../domain/course-run';
import { keepsRunsOf } from '../domain/provider-scope';
import { runPublishedPayload } from '../domain/run-events';
import { RunsRepository } from '../runs.repository';

/**
 * An officer, or staff of the course's training provider, schedules a run of a course;
 * `trainings.run-published` goes out with it (one write). Another provider's course: 403.
 */
@Injectable()
export class PublishRun {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly runs: RunsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(publisher: Principal, courseId: string, draft: RunDraft): Promise<CourseRun> {
    const course = await this.courses.find(courseId);
    if (!course) throw new NotFoundError(`no course ${courseId}`);
    if (!keepsRunsOf(publisher, course))
      throw new ForbiddenError('this course’s runs are kept by another training provider');
    const now = this.clock.now();
    const problems = runProblems(draft, course, now);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const run: CourseRun = {
      ...draft,
      id: this.runs.newId(),
      courseId,
      publishedBy: publisher.userId,
      publishedAt: now,
    };
    await this.runs.insert(run, [
      pendingEvent(courseRunPublished, runPublishedPayload(run, course), eventOrigin(SERVICE_NAME, now)),
    ]);
    return run;
  }
}
