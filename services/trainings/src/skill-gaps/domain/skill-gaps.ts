import {
  DEFAULT_POLICY,
  isPushWorthy,
  JobForMatching,
  MatchPolicy,
  scoreMatch,
  VeteranForMatching,
} from '@vetlink/matching-score';
import { certificateSatisfies, certificatesCovered } from '@vetlink/taxonomy';
import {
  afterCourse,
  CourseOffer,
  CourseSuggestion,
  SuggestionOptions,
  suggestCoursesAmong,
} from './course-suggestions';
import { jobsWithinReach } from './jobs-within-reach';

/** A skill or certificate that stands between the veteran and good jobs nearby. */
export interface SkillGap {
  kind: 'skill' | 'certificate';
  id: string;
  /** Good jobs nearby that ask for it and that the veteran lacks it for. */
  jobCount: number;
  /** Of those, the jobs it alone stands in the way of. */
  onlyGapIn: number;
  /** The courses offered that close it (teach the skill, award a covering certificate). */
  courseIds: string[];
}

export interface SkillGapAnalysis {
  /** Open jobs within the veteran's reach that were scored. */
  jobsConsidered: number;
  /** Of those, the jobs worth a push today. */
  jobsOpenToday: number;
  suggestions: CourseSuggestion[];
  gaps: SkillGap[];
}

const MAX_GAPS = 10;

/**
 * Courses ranked by the jobs they unlock (`suggestCourses`), and the gaps themselves: over the jobs
 * not worth a push today that would be with every required skill and certificate they ask for ("good
 * jobs nearby": a veto of distance, pay or employment type, or a weak fit elsewhere, is not a gap a
 * course closes), the required skills the veteran shows no evidence of and the required certificates
 * they hold nothing covering, each counted over those jobs, most frequent first.
 */
export function analyseSkillGaps(
  veteran: VeteranForMatching,
  jobs: readonly JobForMatching[],
  courses: readonly CourseOffer[],
  now: Date,
  options: SuggestionOptions = {},
): SkillGapAnalysis {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { openToday, candidates } = jobsWithinReach(veteran, jobs, now, policy);
  return {
    jobsConsidered: jobs.length,
    jobsOpenToday: openToday,
    suggestions: suggestCoursesAmong(veteran, candidates, courses, now, { ...options, policy }),
    gaps: gapsAmong(veteran, candidates, courses, now, policy),
  };
}

/** The gaps over jobs not worth a push today (all of them, or `jobsWithinReach`'s candidates: the same gaps). */
export function gapsAmong(
  veteran: VeteranForMatching,
  closed: readonly JobForMatching[],
  courses: readonly CourseOffer[],
  now: Date,
  policy: MatchPolicy = DEFAULT_POLICY,
): SkillGap[] {
  const evidenced = new Set([
    ...veteran.declaredSkills.map((skill) => skill.skillId),
    ...veteran.derivedSkills.map((skill) => skill.skillId),
  ]);
  const counts = new Map<string, SkillGap>();
  for (const job of closed) {
    const missingSkills = [...new Set(job.requiredSkills.map((skill) => skill.skillId))].filter(
      (skillId) => !evidenced.has(skillId),
    );
    const missingCertificates = job.requiredCertificates.filter(
      (certificateId) => !certificateSatisfies(veteran.certificateIds, certificateId),
    );
    const missing = missingSkills.length + missingCertificates.length;
    if (missing === 0) continue;
    const everything = afterCourse(veteran, {
      courseId: 'all-requirements',
      title: '',
      skillIds: missingSkills,
      certificateIds: missingCertificates,
    });
    if (!isPushWorthy(scoreMatch(job, everything, now, policy), policy)) continue;
    const count = (kind: SkillGap['kind'], id: string) => {
      const key = `${kind}:${id}`;
      const gap = counts.get(key) ?? { kind, id, jobCount: 0, onlyGapIn: 0, courseIds: [] };
      gap.jobCount += 1;
      if (missing === 1) gap.onlyGapIn += 1;
      counts.set(key, gap);
    };
    for (const skillId of missingSkills) count('skill', skillId);
    for (const certificateId of missingCertificates) count('certificate', certificateId);
  }
  const gaps = [...counts.values()]
    .sort(
      (a, b) =>
        b.jobCount - a.jobCount ||
        b.onlyGapIn - a.onlyGapIn ||
        a.kind.localeCompare(b.kind) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, MAX_GAPS);
  for (const gap of gaps)
    gap.courseIds = courses.filter((course) => closes(course, gap)).map((c) => c.courseId);
  return gaps;
}

function closes(course: CourseOffer, gap: SkillGap): boolean {
  return gap.kind === 'skill'
    ? course.skillIds.includes(gap.id)
    : certificatesCovered(course.certificateIds).has(gap.id);
}
