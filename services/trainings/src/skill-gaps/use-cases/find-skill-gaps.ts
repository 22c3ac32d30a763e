import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK, shanghaiDay } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
import type { JobForMatching, VeteranForMatching } from '@vetlink/matching-score';
import { CoursesRepository } from '../../courses/courses.repository';
import type { Course } from '../../courses/domain/course';
import { CourseRun, runPhase, RunPhase } from '../../courses/domain/course-run';
import { RunsRepository } from '../../courses/runs.repository';
import { ClaimsRepository } from '../../enrolments/claims.repository';
import type { CourseSuggestion } from '../domain/course-suggestions';
import { officerServes } from '../domain/officer-scope';
import { citiesWithinReach } from '../domain/reachable-cities';
import { analyseSkillGaps, SkillGap } from '../domain/skill-gaps';
import { OpenJobsCache } from '../open-jobs.cache';
import { SkillGapReadModel } from '../read-model.repository';

/** A run a veteran may still enrol in, with the seats it has left. */
export interface RunOnOffer {
  run: CourseRun;
  phase: RunPhase;
  seatsLeft: number;
}

export interface SuggestedCourse {
  course: Course;
  suggestion: CourseSuggestion;
  runs: RunOnOffer[];
}

export interface SkillGapReport {
  veteranId: string;
  computedAt: Date;
  cityIds: string[];
  jobsConsidered: number;
  jobsOpenToday: number;
  courses: SuggestedCourse[];
  gaps: SkillGap[];
}

/** The next runs shown per course. */
const RUNS_SHOWN = 3;
const ENROLLABLE: readonly RunPhase[] = ['enrolment-open', 'enrolment-not-open'];

/**
 * A veteran's skill gaps: the courses with a run they may still enrol in, ranked by the open jobs
 * nearby they would unlock (scored as matching scores), and the skills and certificates that most
 * often stand in the way. Reads only this service's read model (fed by events) and its own catalogue.
 */
@Injectable()
export class FindSkillGaps {
  constructor(
    private readonly readModel: SkillGapReadModel,
    private readonly openJobs: OpenJobsCache,
    private readonly courses: CoursesRepository,
    private readonly runs: RunsRepository,
    private readonly claims: ClaimsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** For the veteran themselves, or an officer serving them (404 otherwise, so ids cannot be probed). */
  async forCaller(caller: Principal, veteranId: string, jobsShown?: number): Promise<SkillGapReport> {
    const held = await this.readModel.findVeteran(veteranId);
    const allowed =
      held && (caller.role === 'officer' ? officerServes(caller, held.veteran) : caller.userId === veteranId);
    if (!held || !allowed) throw new NotFoundError(`no profile of veteran ${veteranId} is known here`);
    return this.report(held.veteran, jobsShown);
  }

  /** `jobsShown`: how many of each course's unlocked jobs to list (the domain's default when absent). */
  async report(veteran: VeteranForMatching, jobsShown?: number): Promise<SkillGapReport> {
    const now = this.clock.now();
    const cityIds = citiesWithinReach(veteran);
    const jobs = (await this.openJobs.inCities(cityIds)).filter((job) => stillOpen(job, now));
    const offered = await this.coursesOnOffer(new Set(cityIds), now);
    const analysis = analyseSkillGaps(
      veteran,
      jobs,
      offered.map(({ course }) => ({
        courseId: course.id,
        title: course.title,
        skillIds: course.skillIds,
        certificateIds: course.certificateIds,
      })),
      now,
      { jobsShown },
    );
    const byId = new Map(offered.map((entry) => [entry.course.id, entry]));
    const courses: SuggestedCourse[] = [];
    for (const suggestion of analysis.suggestions) {
      const offer = byId.get(suggestion.courseId);
      if (!offer) continue; // every suggestion is of a course offered
      const { course, runs } = offer;
      courses.push({ course, suggestion, runs: await this.withSeats(runs.slice(0, RUNS_SHOWN), now) });
    }
    return {
      veteranId: veteran.veteranId,
      computedAt: now,
      cityIds,
      jobsConsidered: analysis.jobsConsidered,
      jobsOpenToday: analysis.jobsOpenToday,
      courses,
      gaps: analysis.gaps,
    };
  }

  /** Courses held in the veteran's cities (or online) with a run they may still enrol in. */
  private async coursesOnOffer(cityIds: ReadonlySet<string>, now: Date) {
    const runs = (await this.runs.startingAfter(shanghaiDay(now))).filter((run) =>
      ENROLLABLE.includes(runPhase(run, now)),
    );
    const runsByCourse = new Map<string, CourseRun[]>();
    for (const run of runs) runsByCourse.set(run.courseId, [...(runsByCourse.get(run.courseId) ?? []), run]);
    const courses = await this.courses.findMany([...runsByCourse.keys()]);
    return courses
      .filter((course) => course.mode === 'online' || cityIds.has(course.cityId))
      .map((course) => ({ course, runs: runsByCourse.get(course.id) ?? [] }));
  }

  private async withSeats(runs: CourseRun[], now: Date): Promise<RunOnOffer[]> {
    const shown: RunOnOffer[] = [];
    for (const run of runs) {
      const taken = await this.claims.seatsTaken(run.id);
      shown.push({ run, phase: runPhase(run, now), seatsLeft: Math.max(0, run.capacity - taken) });
    }
    return shown;
  }
}

/** A job past its deadline is closed by job-postings soon after; until its event comes, it does not count. */
function stillOpen(job: JobForMatching, now: Date): boolean {
  return Date.parse(job.deadline) > now.getTime();
}
