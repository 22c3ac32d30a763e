import { Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { ForbiddenError, NotFoundError } from '@vetlink/http';
import type { Page } from '@vetlink/persistence';
import { CourseFilter, CoursesRepository } from '../courses.repository';
import type { Course } from '../domain/course';
import type { CourseRun } from '../domain/course-run';
import { keepsRunsOf } from '../domain/provider-scope';
import { RunsRepository } from '../runs.repository';

/** The catalogue, a course, its runs, a run: what anyone signed in may read. */
@Injectable()
export class FindCourses {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly runs: RunsRepository,
  ) {}

  list(filter: CourseFilter, limit: number, cursor?: string): Promise<Page<Course>> {
    return this.courses.list(filter, limit, cursor);
  }

  async course(courseId: string): Promise<Course> {
    const course = await this.courses.find(courseId);
    if (!course) throw new NotFoundError(`no course ${courseId}`);
    return course;
  }

  async runsOf(courseId: string): Promise<CourseRun[]> {
    await this.course(courseId);
    return this.runs.ofCourse(courseId);
  }

  /** A run with its course (the enrolment use cases need both). */
  async run(runId: string): Promise<{ run: CourseRun; course: Course }> {
    const run = await this.runs.find(runId);
    if (!run) throw new NotFoundError(`no course run ${runId}`);
    const course = await this.courses.find(run.courseId);
    if (!course) throw new NotFoundError(`no course ${run.courseId} for run ${runId}`);
    return { run, course };
  }

  /**
   * A run the caller keeps (an officer, or staff of its course's provider): anyone signed in may read the
   * run, so another provider's gets 403 rather than a 404 that would pretend it is not there.
   */
  async keptRun(caller: Principal, runId: string): Promise<{ run: CourseRun; course: Course }> {
    const context = await this.run(runId);
    if (!keepsRunsOf(caller, context.course))
      throw new ForbiddenError('this run is kept by another training provider');
    return context;
  }
}
