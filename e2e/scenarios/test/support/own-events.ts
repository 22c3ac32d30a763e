/**
 * The consumer groups (named after the run's prefix) that a scenario platform starts at their topics'
 * ends: a group new to the shared topics would otherwise spend its first minutes on other runs' history,
 * and a scenario's own push or notice would wait behind it. Every topic each group reads is listed: one
 * left out is read from its beginning.
 */
export const OWN_EVENTS_ONLY: Readonly<Record<string, readonly string[]>> = {
  'matching.read-model': ['profiles.veteran-profiles', 'jobs.job-postings'],
  'notifications.notify': [
    'profiles.veteran-profiles',
    'matching.job-matches',
    'mentors.mentors',
    'mentors.sessions',
    'loans.loans',
    'incubators.startups',
    'recommendations.weekly-digests',
    'trainings.enrolments',
  ],
  'recommendations.read-model': [
    'profiles.veteran-profiles',
    'jobs.job-postings',
    'notifications.deliveries',
  ],
  'incubators.events': ['profiles.veteran-profiles', 'mentors.mentors'],
  'mentors.events': ['profiles.veteran-profiles'],
  'loans.events': ['profiles.veteran-profiles', 'incubators.startups'],
  // Its twelve topics (services/insights/src/rebuild/consumed-topics.ts) held 57,000 messages of other
  // runs on the shared broker: a new group did not reach the scenario's hire within 30 s.
  'insights.events': [
    'jobs.job-postings',
    'jobs.applications',
    'matching.job-matches',
    'jobs.employers',
    'notifications.deliveries',
    'incubators.startups',
    'loans.loans',
    'mentors.mentors',
    'mentors.sessions',
    'trainings.runs',
    'trainings.enrolments',
    'profiles.veteran-profiles',
  ],
};
