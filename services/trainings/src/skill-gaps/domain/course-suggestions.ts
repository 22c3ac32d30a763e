import {
  DEFAULT_POLICY,
  isPushWorthy,
  JobForMatching,
  MatchPolicy,
  scoreMatch,
  skillIdsScoredFor,
  VeteranForMatching,
} from '@vetlink/matching-score';
import { certificatesCovered } from '@vetlink/taxonomy';
import { jobsWithinReach } from './jobs-within-reach';

/** What a course gives whoever completes it, as the gap analysis reads it. */
export interface CourseOffer {
  courseId: string;
  title: string;
  skillIds: readonly string[];
  certificateIds: readonly string[];
}

export interface CourseSuggestion {
  courseId: string;
  title: string;
  /** The open jobs it would unlock: not worth a push today, worth one after the course. */
  unlockedJobIds: string[];
  /** Monthly pay (CNY) across the unlocked jobs. */
  pay: { min: number; max: number };
  /** The best unlocked jobs by their score after the course, for "why this course". */
  examples: UnlockedJob[];
}

/** One job a course opens, as "why this course" shows it. */
export interface UnlockedJob {
  jobId: string;
  title: string;
  employerName: string;
  cityId: string;
  districtId: string;
  salary: { min: number; max: number };
  scoreAfter: number;
}

/** The level at which a completed course's skill counts: verified by the bureau, a working command. */
const COURSE_SKILL_LEVEL = 3;
/** How many unlocked jobs each course lists ("why this course") unless asked for more or fewer. */
export const JOBS_SHOWN_BY_DEFAULT = 5;

/** How the courses are suggested: the score's policy and how many unlocked jobs each lists. */
export interface SuggestionOptions {
  policy?: MatchPolicy;
  jobsShown?: number;
}

/**
 * The courses that would open most jobs to this veteran, ranked by how many jobs they unlock (then by
 * the best pay among them). A job is unlocked by a course when, scored with the same score as matching
 * (`libs/matching-score`), it is not push-worthy today (a hard requirement fails, or it scores under
 * the push threshold) and is push-worthy with the course's skills and certificates added. Courses that
 * unlock nothing are left out, so a veteran with nothing to gain gets no suggestion.
 */
export function suggestCourses(
  veteran: VeteranForMatching,
  jobs: readonly JobForMatching[],
  courses: readonly CourseOffer[],
  now: Date,
  options: SuggestionOptions = {},
): CourseSuggestion[] {
  const { candidates } = jobsWithinReach(veteran, jobs, now, options.policy ?? DEFAULT_POLICY);
  return suggestCoursesAmong(veteran, candidates, courses, now, options);
}

/**
 * `suggestCourses` over jobs already known not to be push-worthy today: all of them (`closedJobs`),
 * or only those some course could open (`jobsWithinReach`), which gives the same suggestions.
 */
export function suggestCoursesAmong(
  veteran: VeteranForMatching,
  closedJobs: readonly JobForMatching[],
  courses: readonly CourseOffer[],
  now: Date,
  { policy = DEFAULT_POLICY, jobsShown = JOBS_SHOWN_BY_DEFAULT }: SuggestionOptions = {},
): CourseSuggestion[] {
  const closed = closedJobs.map((job) => ({
    job,
    scoredSkills: new Set(skillIdsScoredFor(job)),
  }));
  const suggestions: CourseSuggestion[] = [];
  for (const course of courses) {
    const reach = courseReach(course);
    const trained = afterCourse(veteran, course);
    const unlocked = closed
      // A course that gives nothing the job scores leaves its score as it is: no need to score it again.
      .filter(({ job, scoredSkills }) => courseTouches(reach, job, scoredSkills))
      .map(({ job }) => ({ job, after: scoreMatch(job, trained, now, policy) }))
      .filter(({ after }) => isPushWorthy(after, policy))
      .sort((a, b) => b.after.score - a.after.score || a.job.jobId.localeCompare(b.job.jobId));
    if (unlocked.length === 0) continue;
    suggestions.push({
      courseId: course.courseId,
      title: course.title,
      unlockedJobIds: unlocked.map(({ job }) => job.jobId),
      pay: {
        min: Math.min(...unlocked.map(({ job }) => job.salary.min)),
        max: Math.max(...unlocked.map(({ job }) => job.salary.max)),
      },
      examples: unlocked.slice(0, jobsShown).map(({ job, after }) => ({
        jobId: job.jobId,
        title: job.title,
        employerName: job.employerName,
        cityId: job.location.cityId,
        districtId: job.location.districtId,
        salary: { min: job.salary.min, max: job.salary.max },
        scoreAfter: after.score,
      })),
    });
  }
  return suggestions.sort(
    (a, b) =>
      b.unlockedJobIds.length - a.unlockedJobIds.length ||
      b.pay.max - a.pay.max ||
      a.courseId.localeCompare(b.courseId),
  );
}

/** The jobs not worth a push to the veteran today: those a course might open. */
export function closedJobs(
  veteran: VeteranForMatching,
  jobs: readonly JobForMatching[],
  now: Date,
  policy: MatchPolicy = DEFAULT_POLICY,
): JobForMatching[] {
  return jobs.filter((job) => !isPushWorthy(scoreMatch(job, veteran, now, policy), policy));
}

/** What a course gives, as sets: its skills and every certificate class its certificates cover. */
export interface CourseReach {
  skillIds: ReadonlySet<string>;
  coveredCertificateIds: ReadonlySet<string>;
}

export function courseReach(course: Pick<CourseOffer, 'skillIds' | 'certificateIds'>): CourseReach {
  return {
    skillIds: new Set(course.skillIds),
    coveredCertificateIds: certificatesCovered(course.certificateIds),
  };
}

/**
 * Whether the course gives something the job's score reads: a skill the job scores (listed, or its
 * occupation's core: `scoredSkills`) or a certificate covering one it requires. Only the skill credit
 * and the certificate gate read skills and certificates, so a course touching neither cannot change
 * the job's score.
 */
export function courseTouches(
  reach: CourseReach,
  job: JobForMatching,
  scoredSkills: ReadonlySet<string>,
): boolean {
  if (job.requiredCertificates.some((id) => reach.coveredCertificateIds.has(id))) return true;
  for (const skillId of reach.skillIds) if (scoredSkills.has(skillId)) return true;
  return false;
}

/** The veteran as the profile will read after completing the course: its certificates held, its skills verified. */
export function afterCourse(veteran: VeteranForMatching, course: CourseOffer): VeteranForMatching {
  const declared = new Map(veteran.declaredSkills.map((skill) => [skill.skillId, skill]));
  for (const skillId of course.skillIds) {
    const held = declared.get(skillId);
    declared.set(skillId, {
      skillId,
      level: Math.max(held?.level ?? 0, COURSE_SKILL_LEVEL),
      verified: true,
    });
  }
  return {
    ...veteran,
    declaredSkills: [...declared.values()],
    certificateIds: [...new Set([...veteran.certificateIds, ...course.certificateIds])],
  };
}
