import { RouteRule } from './domain/route-rule';

/**
 * THE routing table: every public path and the service that answers it. Public paths live under
 * `/api`; a row takes every path that starts with its `from`, the first matching row wins, so the
 * narrower rows come before the wider ones (`/api/jobs/search` to matching before `/api/jobs` to
 * job-postings). Incubators' routes sit under `/api/incubation`, because `/applications` is
 * job-postings'. Each service's `/personal-data/me` is `/api/personal-data/<service>/me`.
 *
 * `npx nx run gateway:test` checks the table against itself; the e2e check (`e2e/scenarios`) checks
 * it against the services' own OpenAPI documents: every documented path reachable, every row used.
 */
export const UPSTREAM_PORTS: Readonly<Record<string, number>> = {
  'job-postings': 3101,
  'skills-profiles': 3102,
  matching: 3103,
  notifications: 3104,
  recommendations: 3105,
  mentors: 3106,
  incubators: 3107,
  loans: 3108,
  trainings: 3109,
  accounts: 3120,
  insights: 3111,
};

const SERVICE_ROUTES: RouteRule[] = [
  // accounts: signing in, signing up, organisations; the key set at the usual well-known place
  { from: '/api/auth', service: 'accounts' },
  { from: '/api/accounts', service: 'accounts' },
  { from: '/api/organisations', service: 'accounts' },
  { from: '/api/invitations', service: 'accounts' },
  { from: '/.well-known/jwks.json', service: 'accounts', to: '/.well-known/jwks.json' },

  // matching: search and scores (narrower than job-postings' /jobs)
  { from: '/api/jobs/search', service: 'matching' },
  { from: '/api/jobs/{jobId}/candidates', service: 'matching' },
  { from: '/api/veterans/{veteranId}/recommended-jobs', service: 'matching' },
  { from: '/api/veterans/{veteranId}/jobs', service: 'matching' },
  { from: '/api/taxonomy', service: 'matching' },

  // job-postings: employers, positions, applications, hires
  { from: '/api/jobs', service: 'job-postings' },
  { from: '/api/employers', service: 'job-postings' },
  { from: '/api/applications', service: 'job-postings' },

  // skills-profiles
  { from: '/api/profiles', service: 'skills-profiles' },

  // notifications
  { from: '/api/inbox', service: 'notifications' },
  { from: '/api/notifications', service: 'notifications' },
  { from: '/api/contact-points', service: 'notifications' },
  { from: '/api/preferences', service: 'notifications' },
  { from: '/api/unsubscribe', service: 'notifications' },

  // recommendations: the weekly digest
  { from: '/api/digest-runs', service: 'recommendations' },
  { from: '/api/weekly-digests', service: 'recommendations' },

  // mentors
  { from: '/api/mentors', service: 'mentors' },
  { from: '/api/sessions', service: 'mentors' },
  { from: '/api/veterans/me/mentor-matches', service: 'mentors' },
  { from: '/api/veterans/{veteranId}/attendance', service: 'mentors' },

  // incubators, all under /api/incubation
  { from: '/api/incubation', service: 'incubators', to: '' },

  // loans
  { from: '/api/loans', service: 'loans' },
  { from: '/api/lpr-quotes', service: 'loans' },
  { from: '/api/products', service: 'loans' },
  { from: '/api/schedule-previews', service: 'loans' },
  { from: '/api/reports/loans', service: 'loans' },

  // trainings: courses, runs, enrolments, all under /api/trainings
  { from: '/api/trainings', service: 'trainings' },

  // insights: the bureau's figures
  { from: '/api/figures', service: 'insights' },
];

/** What each service keeps about the caller (PIPL access), one service at a time. */
const PERSONAL_DATA_ROUTES: RouteRule[] = Object.keys(UPSTREAM_PORTS).map((service) => ({
  from: `/api/personal-data/${service}`,
  service,
  to: '/personal-data',
}));

export const ROUTES: readonly RouteRule[] = [...PERSONAL_DATA_ROUTES, ...SERVICE_ROUTES];
