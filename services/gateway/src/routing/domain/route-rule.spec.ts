import { ROUTES, UPSTREAM_PORTS } from '../route-table';
import { publicPathOf, routeRequest } from './route-rule';

describe('the routing table', () => {
  it.each([
    ['/api/jobs/search?q=叉车', 'matching', '/jobs/search?q=叉车'],
    ['/api/jobs/j-1', 'job-postings', '/jobs/j-1'],
    ['/api/jobs/j-1/candidates', 'matching', '/jobs/j-1/candidates'],
    ['/api/jobs/j-1/applications', 'job-postings', '/jobs/j-1/applications'],
    ['/api/veterans/v-1/recommended-jobs', 'matching', '/veterans/v-1/recommended-jobs'],
    ['/api/veterans/v-1/jobs/j-1/why', 'matching', '/veterans/v-1/jobs/j-1/why'],
    ['/api/veterans/me/mentor-matches', 'mentors', '/veterans/me/mentor-matches'],
    ['/api/veterans/v-1/attendance', 'mentors', '/veterans/v-1/attendance'],
    ['/api/applications/a-1/stage', 'job-postings', '/applications/a-1/stage'],
    ['/api/incubation/applications/a-1/scores', 'incubators', '/applications/a-1/scores'],
    ['/api/incubation/bases', 'incubators', '/bases'],
    ['/api/inbox/unread-count', 'notifications', '/inbox/unread-count'],
    ['/api/auth/sign-in', 'accounts', '/auth/sign-in'],
    ['/.well-known/jwks.json', 'accounts', '/.well-known/jwks.json'],
    ['/api/personal-data/matching/me', 'matching', '/personal-data/me'],
    ['/api/reports/loans', 'loans', '/reports/loans'],
  ])('sends %s to %s as %s', (url, service, upstreamPath) => {
    expect(routeRequest(ROUTES, url)).toMatchObject({ service, upstreamPath });
  });

  it.each([
    '/jobs/search',
    '/api',
    '/api/nothing-here',
    '/api/jobsearch',
    '/api/jobs/../accounts/me',
    '/api/jobs/%2e%2e/x',
    // A service's probes and metrics are not its API, even under a row mapped to its root.
    '/api/incubation/metrics',
    '/api/incubation/metrics?x=1',
    '/api/incubation/Metrics',
    '/api/incubation/%6Detrics',
    '/api/incubation/health/ready',
    '/api/personal-data/incubators/../metrics',
  ])('answers nothing for %s', (url) => {
    expect(routeRequest(ROUTES, url)).toBeUndefined();
  });

  it('keeps an encoded slash inside its segment', () => {
    expect(routeRequest(ROUTES, '/api/jobs/a%2Fb')).toMatchObject({
      service: 'job-postings',
      upstreamPath: '/jobs/a%2Fb',
    });
  });

  it('finds the public path of documented paths, and none for one the table does not reach', () => {
    expect(publicPathOf(ROUTES, 'matching', '/jobs/search')?.publicPath).toBe('/api/jobs/search');
    expect(publicPathOf(ROUTES, 'incubators', '/applications/{applicationId}')?.publicPath).toBe(
      '/api/incubation/applications/{applicationId}',
    );
    expect(publicPathOf(ROUTES, 'job-postings', '/jobs/{jobId}/candidates')).toBeUndefined();
    expect(publicPathOf(ROUTES, 'matching', '/health/ready')).toBeUndefined();
  });

  it('names only services it knows the ports of', () => {
    for (const rule of ROUTES) expect(Object.keys(UPSTREAM_PORTS)).toContain(rule.service);
  });
});
