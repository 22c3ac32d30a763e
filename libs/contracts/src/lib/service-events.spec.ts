import { jobClosed, jobMatched, jobPosted, profileCreated, veteranErased } from '../events';
import { expectedServiceReadmes } from '../../scripts/service-readmes';
import { renderServiceEvents, serviceEventsOf, withServiceEvents } from './service-events';

const byName = { jobPosted, jobClosed, jobMatched, profileCreated, veteranErased };

describe("a service's events, read from its handlers and publishers", () => {
  const sources = [
    {
      path: 'jobs.events.ts',
      text: '@HandleEvent(jobPosted)\n  async posted() {}\n  @HandleEventBatch( jobClosed )\n  async closed() {}\n  @HandleEvent(notAnEvent)',
    },
    {
      path: 'push.ts',
      text: 'pendingEvent(jobMatched, payload, origin); createEvent(jobMatched, other, origin);',
    },
  ];

  it('lists the contracts its @HandleEvent methods claim and the ones it builds events of, once each', () => {
    const events = serviceEventsOf(sources, byName);
    expect(events.consumes.map(({ type }) => type)).toEqual(['jobs.job-closed', 'jobs.job-posted']);
    expect(events.publishes.map(({ type }) => type)).toEqual(['matching.job-matched']);
  });

  it('counts the handlers a shared module brings (PrivacyModule handles veteran-erased)', () => {
    const withPrivacy = [...sources, { path: 'app.module.ts', text: 'PrivacyModule.forRoot({ service })' }];
    expect(serviceEventsOf(withPrivacy, byName).consumes.map(({ type }) => type)).toEqual([
      'jobs.job-closed',
      'jobs.job-posted',
      'profiles.veteran-erased',
    ]);
  });

  it('counts the privacy module platformModules brings, except to an edge service', () => {
    const consumed = (text: string) =>
      serviceEventsOf([{ path: 'app.module.ts', text }], byName).consumes.map(({ type }) => type);
    expect(consumed('...platformModules({ service: SERVICE_NAME, config, publishes: [] })')).toEqual([
      'profiles.veteran-erased',
    ]);
    expect(
      consumed('...platformModules({ service: SERVICE_NAME, config, edge: true, readiness: [] })'),
    ).toEqual([]);
  });

  it('replaces the generated section of a README, leaving the rest as written', () => {
    const first = withServiceEvents(
      '# svc\n\nintro\n',
      renderServiceEvents(serviceEventsOf(sources, byName)),
    );
    expect(first).toMatch(new RegExp(`\\| \`jobs\\.job-posted\` +\\| v1 +\\| \`${jobPosted.topic}\` +\\|`));
    const again = withServiceEvents(
      first,
      renderServiceEvents({ consumes: [profileCreated], publishes: [] }),
    );
    expect(again.startsWith('# svc\n\nintro\n')).toBe(true);
    expect(again).not.toContain(jobPosted.type);
    expect(again).toContain(profileCreated.type);
  });

  it('every service README lists what the service consumes and publishes (run `nx run contracts:catalog`)', () => {
    for (const { path, current, expected } of expectedServiceReadmes())
      expect({ path, readme: current }).toEqual({ path, readme: expected });
  });
});
