/**
 * The bureau's training figures, from the trainings service's events (and, for hires after a course,
 * job-postings'). Every trainings event carries the run's city and no district: counted in that city,
 * district `unknown`. Each count is also kept per course (GET /figures/trainings/courses).
 */
export const TRAINING_FIGURES = {
  'course-runs-published': {
    zh: '培训班次发布数',
    en: 'Course runs published',
    definition:
      'Runs of the bureau’s courses published (trainings.run-published), on the day published, in the run’s city.',
  },
  'course-places-offered': {
    zh: '培训名额数',
    en: 'Training places offered',
    definition:
      'The capacity of the runs published (trainings.run-published, capacity), summed on the day published, in the run’s city.',
  },
  'course-enrolments': {
    zh: '培训报名入座数',
    en: 'Course seats taken',
    definition:
      'Veterans given a seat in a course run (trainings.enrolled, status enrolled), directly or moved up from the waitlist, on the day the seat was given, in the run’s city.',
  },
  'course-waitlisted': {
    zh: '培训候补数',
    en: 'Course waitlist places',
    definition:
      'Veterans put on a full run’s waitlist (trainings.enrolled, status waitlisted), on the day they enrolled. One who later moves up is counted again under course-enrolments and course-promoted-from-waitlist.',
  },
  'course-promoted-from-waitlist': {
    zh: '候补转正数',
    en: 'Moved up from the waitlist',
    definition:
      'Of the seats taken, those that went to the first on the waitlist when a seat was freed (trainings.enrolled, status enrolled, promotedFromWaitlist), on the day moved up.',
  },
  'course-enrolments-cancelled': {
    zh: '培训退出数',
    en: 'Course enrolments withdrawn',
    definition:
      'Seats and waitlist places given up before the run started, by the veteran, an officer or the provider (trainings.enrolment-cancelled), on the day withdrawn.',
  },
  'course-completions': {
    zh: '培训结业数',
    en: 'Courses completed',
    definition:
      'Veterans an officer recorded as having completed a course run (trainings.course-completed, once per enrolment), on the day recorded, in the run’s city.',
  },
  'course-completers-hired-90d': {
    zh: '结业后90天内就业数',
    en: 'Completions followed by a hire within 90 days',
    definition:
      'Course completions (trainings.course-completed) after which the same veteran was hired through vetlink (jobs.veteran-hired) within 90 days (0 to 90 × 24 hours after completedAt; a hire before the completion does not count). Each completion counts at most once, however many hires follow it; a hire may count for each course the veteran completed in the 90 days before it. Counted in the course’s city, on the day of the hire that paired with it (if two hires follow one completion and arrive out of order, the first to arrive). A veteran erased before their completion and hire met is not counted.',
  },
} as const;
