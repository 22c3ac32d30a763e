import { ApiClient } from './support/client';
import { listedServiceNames, Platform } from './support/platform';
import { hostileTokens } from './support/tokens';

/**
 * The authorisation matrix, through the gateway against the running platform with real sign-ins:
 * every role against a set of endpoints, own and others' data, and the attacks on tokens.
 * `allowed` means past authorisation (not 401/403, not 5xx: a 400 or 404 for the empty test data is
 * fine); `denied` means 403 or 404 (a service may hide that a thing exists).
 */
type Role =
  | 'anonymous'
  | 'veteran'
  | 'veteranB'
  | 'employer'
  | 'employerB'
  | 'mentor'
  | 'officer'
  /** Staff of a training provider (role `training-provider`, the token's `org` is the provider). */
  | 'provider';
type Expect = 'allowed' | 'denied' | 401;

interface Row {
  method: string;
  path: (ids: Ids) => string;
  body?: unknown;
  expect: Partial<Record<Role, Expect>>;
}

interface Ids {
  veteran: string;
  organisation: string;
  /** trainings: a course and run of the provider's own (`A`), and of another provider (`B`). */
  courseA: string;
  runA: string;
  /** Another run of the provider's own, for the cancellation row (which ends it). */
  runToCancel: string;
  enrolmentA: string;
  courseB: string;
  runB: string;
  enrolmentB: string;
}

const DAY_MS = 86_400_000;
const shanghaiDay = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
/** A run of a course, 30 days ahead, enrolment open now. */
const runBody = () => ({
  startsOn: shanghaiDay(30),
  endsOn: shanghaiDay(60),
  capacity: 2,
  enrolmentOpensAt: new Date(Date.now() - DAY_MS).toISOString(),
  enrolmentClosesAt: new Date(Date.now() + 20 * DAY_MS).toISOString(),
});
const courseBody = (providerId: string) => ({
  title: '叉车操作培训（e2e）',
  trainingId: 'forklift-course',
  durationDays: 20,
  costFen: 280_000,
  veteranSubsidyFen: 280_000,
  provider: '南京e2e职业技能培训中心',
  providerId,
  cityId: 'nanjing',
  venue: '江宁区天元中路 8 号实训楼',
  mode: 'in-person',
});
/** Who keeps a run (officers, its provider's staff) and who does not. */
const KEEPERS: Partial<Record<Role, Expect>> = {
  anonymous: 401,
  veteran: 'denied',
  employer: 'denied',
  officer: 'allowed',
  provider: 'allowed',
};

/** All of them: the route check needs every service the gateway routes to. */
const SERVICES = listedServiceNames();
const PASSWORD = 'e2e matrix passphrase 42';

const EVERYONE_SIGNED_IN: Partial<Record<Role, Expect>> = {
  anonymous: 401,
  veteran: 'allowed',
  employer: 'allowed',
  mentor: 'allowed',
  officer: 'allowed',
  provider: 'allowed',
};

const MATRIX: Row[] = [
  { method: 'GET', path: () => '/api/accounts/me', expect: EVERYONE_SIGNED_IN },
  { method: 'GET', path: () => '/api/inbox/unread-count', expect: EVERYONE_SIGNED_IN },
  {
    method: 'GET',
    path: () => '/api/profiles/me',
    expect: { anonymous: 401, veteran: 'allowed', employer: 'denied', mentor: 'denied', officer: 'denied' },
  },
  {
    method: 'GET',
    path: (ids) => `/api/profiles/${ids.veteran}`,
    expect: {
      anonymous: 401,
      veteran: 'allowed',
      veteranB: 'denied',
      employer: 'denied',
      officer: 'allowed',
    },
  },
  {
    method: 'GET',
    path: (ids) => `/api/weekly-digests/${ids.veteran}/2026-W49`,
    expect: {
      anonymous: 401,
      veteran: 'allowed',
      veteranB: 'denied',
      employer: 'denied',
      officer: 'allowed',
    },
  },
  {
    method: 'GET',
    path: (ids) => `/api/veterans/${ids.veteran}/recommended-jobs`,
    expect: {
      anonymous: 401,
      veteran: 'allowed',
      veteranB: 'denied',
      employer: 'denied',
      mentor: 'denied',
      officer: 'allowed',
    },
  },
  {
    method: 'GET',
    path: () => '/api/digest-runs/schedule',
    expect: { anonymous: 401, veteran: 'denied', employer: 'denied', mentor: 'denied', officer: 'allowed' },
  },
  {
    method: 'GET',
    path: () => '/api/reports/loans',
    expect: { anonymous: 401, veteran: 'denied', employer: 'denied', mentor: 'denied', officer: 'allowed' },
  },
  {
    method: 'POST',
    path: () => '/api/jobs',
    body: {},
    expect: { anonymous: 401, veteran: 'denied', mentor: 'denied', employer: 'allowed' },
  },
  {
    method: 'GET',
    path: () => '/api/employers/me',
    expect: { anonymous: 401, veteran: 'denied', mentor: 'denied', employer: 'allowed' },
  },
  {
    method: 'GET',
    path: () => '/api/mentors/me',
    expect: { anonymous: 401, veteran: 'denied', employer: 'denied', mentor: 'allowed' },
  },
  {
    method: 'POST',
    path: (ids) => `/api/organisations/${ids.organisation}/invitations`,
    body: { email: 'new.member@example.cn' },
    expect: {
      anonymous: 401,
      veteran: 'denied',
      employerB: 'denied',
      mentor: 'denied',
      officer: 'denied',
      employer: 'allowed',
    },
  },
  // trainings: every endpoint for a training provider's staff, on its own provider's run and another's.
  {
    method: 'POST',
    path: () => '/api/trainings/courses',
    body: {},
    expect: { anonymous: 401, veteran: 'denied', provider: 'denied', officer: 'allowed' },
  },
  { method: 'GET', path: () => '/api/trainings/courses', expect: EVERYONE_SIGNED_IN },
  { method: 'GET', path: (ids) => `/api/trainings/courses/${ids.courseA}`, expect: EVERYONE_SIGNED_IN },
  {
    method: 'GET',
    path: (ids) => `/api/trainings/courses/${ids.courseB}/runs`,
    expect: EVERYONE_SIGNED_IN,
  },
  { method: 'GET', path: (ids) => `/api/trainings/runs/${ids.runB}`, expect: EVERYONE_SIGNED_IN },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/courses/${ids.courseA}/runs`,
    body: runBody(),
    expect: KEEPERS,
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/courses/${ids.courseB}/runs`,
    body: runBody(),
    expect: { provider: 'denied' },
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/courses/${ids.courseA}/recorded-runs`,
    body: {},
    expect: KEEPERS,
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/runs/${ids.runB}/enrolments`,
    expect: { anonymous: 401, provider: 'denied', officer: 'denied', employer: 'denied' },
  },
  { method: 'GET', path: (ids) => `/api/trainings/runs/${ids.runA}/enrolments`, expect: KEEPERS },
  {
    method: 'GET',
    path: (ids) => `/api/trainings/runs/${ids.runB}/enrolments`,
    expect: { provider: 'denied', officer: 'allowed' },
  },
  {
    method: 'GET',
    path: () => '/api/trainings/enrolments/me',
    expect: { anonymous: 401, provider: 'denied', officer: 'denied' },
  },
  {
    method: 'GET',
    path: (ids) => `/api/trainings/enrolments/${ids.enrolmentA}`,
    expect: {
      anonymous: 401,
      veteranB: 'denied',
      employer: 'denied',
      officer: 'allowed',
      provider: 'allowed',
    },
  },
  {
    method: 'GET',
    path: (ids) => `/api/trainings/enrolments/${ids.enrolmentB}`,
    expect: { provider: 'denied', officer: 'allowed' },
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/enrolments/${ids.enrolmentB}/withdrawal`,
    expect: { anonymous: 401, provider: 'denied', employer: 'denied' },
  },
  {
    // Before the start: 409 for those who may, which is past authorisation.
    method: 'POST',
    path: (ids) => `/api/trainings/enrolments/${ids.enrolmentA}/completion`,
    body: { outcome: 'completed', attendancePercent: 90 },
    expect: KEEPERS,
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/enrolments/${ids.enrolmentB}/completion`,
    body: { outcome: 'completed', attendancePercent: 90 },
    expect: { provider: 'denied' },
  },
  {
    method: 'PUT',
    path: (ids) => `/api/trainings/runs/${ids.runA}/capacity`,
    body: { capacity: 5 },
    expect: KEEPERS,
  },
  {
    method: 'PUT',
    path: (ids) => `/api/trainings/runs/${ids.runB}/capacity`,
    body: { capacity: 5 },
    expect: { provider: 'denied' },
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/runs/${ids.runB}/cancellation`,
    body: { reason: 'e2e: another provider’s run' },
    expect: { anonymous: 401, veteran: 'denied', employer: 'denied', provider: 'denied' },
  },
  {
    method: 'POST',
    path: (ids) => `/api/trainings/runs/${ids.runToCancel}/cancellation`,
    body: { reason: 'e2e: its own provider’s run' },
    expect: { provider: 'allowed' },
  },
  {
    method: 'GET',
    path: () => '/api/trainings/skill-gaps/me',
    expect: { anonymous: 401, provider: 'denied', officer: 'denied' },
  },
  {
    method: 'GET',
    path: (ids) => `/api/trainings/skill-gaps/${ids.veteran}`,
    expect: { provider: 'denied', veteran: 'denied', officer: 'allowed' },
  },
];

/** How the test names show the ids. */
const PLACEHOLDERS: Ids = {
  veteran: '{veteran}',
  organisation: '{org}',
  courseA: '{courseA}',
  runA: '{runA}',
  runToCancel: '{runToCancel}',
  enrolmentA: '{enrolmentA}',
  courseB: '{courseB}',
  runB: '{runB}',
  enrolmentB: '{enrolmentB}',
};

describe('e2e: the authorisation matrix through the gateway', () => {
  const platform = new Platform(SERVICES);
  let api: ApiClient;
  const tokens = new Map<Role, string | undefined>();
  let ids: Ids;
  let veteranRefresh: string;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.gatewayUrl);
    const login = (who: string) => `${who}-${platform.runId}@example.cn`;
    for (const who of ['veteran', 'veteranB'] as const)
      expect(
        (
          await api.call('POST', '/api/accounts/veterans', {
            body: { email: login(who), password: PASSWORD },
          })
        ).status,
      ).toBe(201);
    expect(
      (
        await api.call('POST', '/api/accounts/mentors', {
          body: { email: login('mentor'), password: PASSWORD },
        })
      ).status,
    ).toBe(201);
    const organisation = await api.call('POST', '/api/organisations', {
      body: { organisationName: '南京e2e物流', email: login('employer'), password: PASSWORD },
    });
    await api.call('POST', '/api/organisations', {
      body: { organisationName: '徐州e2e机械', email: login('employerB'), password: PASSWORD },
    });
    const providerA = `e2e-provider-a-${platform.runId}`;
    const [officer, provider] = await platform.createAccounts([
      { role: 'officer', login: login('officer'), password: PASSWORD, organisationId: 'bureau-jiangsu' },
      { role: 'training-provider', login: login('provider'), password: PASSWORD, organisationId: providerA },
    ]);
    expect(officer.userId).toBeDefined();
    expect(provider.userId).toBeDefined();
    tokens.set('anonymous', undefined);
    let veteran = '';
    for (const role of [
      'veteran',
      'veteranB',
      'employer',
      'employerB',
      'mentor',
      'officer',
      'provider',
    ] as const) {
      const session = await api.signIn(login(role), PASSWORD);
      tokens.set(role, session.accessToken);
      if (role === 'veteran') {
        veteran = session.userId;
        veteranRefresh = session.refreshToken;
      }
    }
    ids = {
      veteran,
      organisation: organisation.body.organisationId,
      ...(await trainingsWorld(providerA, `e2e-provider-b-${platform.runId}`)),
    };
  }, 480_000);

  /** A course and run of provider A (published by its staff) and of provider B, each with the veteran enrolled. */
  async function trainingsWorld(providerA: string, providerB: string) {
    const as = (role: Role) => ({ token: tokens.get(role) as string });
    const course = async (providerId: string) =>
      (
        await api.expect(201, 'POST', '/api/trainings/courses', {
          ...as('officer'),
          body: courseBody(providerId),
        })
      ).id as string;
    const run = async (courseId: string, role: Role) =>
      (
        await api.expect(201, 'POST', `/api/trainings/courses/${courseId}/runs`, {
          ...as(role),
          body: runBody(),
        })
      ).id as string;
    const enrol = async (runId: string) =>
      (await api.expect(201, 'POST', `/api/trainings/runs/${runId}/enrolments`, as('veteran'))).id as string;
    const courseA = await course(providerA);
    const courseB = await course(providerB);
    const runA = await run(courseA, 'provider');
    const runB = await run(courseB, 'officer');
    return {
      courseA,
      runA,
      runToCancel: await run(courseA, 'provider'),
      enrolmentA: await enrol(runA),
      courseB,
      runB,
      enrolmentB: await enrol(runB),
    };
  }

  afterAll(async () => {
    await platform.stop();
  });

  const cases = MATRIX.flatMap((row) =>
    Object.entries(row.expect).map(([role, expected]) => ({
      row,
      role: role as Role,
      expected: expected as Expect,
    })),
  );

  it.each(
    cases.map((entry) => [
      `${entry.row.method} ${entry.row.path(PLACEHOLDERS)} as ${entry.role}: ${entry.expected}`,
      entry,
    ]),
  )('%s', async (_name, { row, role, expected }) => {
    const token = tokens.get(role);
    const answer = await api.call(row.method, row.path(ids), {
      ...(token ? { token } : {}),
      ...(row.body ? { body: row.body } : {}),
    });
    const verdict = `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
    expect(answer.status).toBeLessThan(500);
    if (expected === 401) expect(verdict).toMatch(/^401 /);
    if (expected === 'denied') expect(verdict).toMatch(/^40[34] /);
    if (expected === 'allowed') expect(verdict).not.toMatch(/^40[13] /);
  });

  it.each(['/api/accounts/me', '/api/inbox/unread-count', '/api/profiles/me', '/api/reports/loans'])(
    'refuses expired, tampered, alg none, HS256-with-the-public-key, unexpiring and long-lived tokens on %s (401)',
    async (path) => {
      const hostile = hostileTokens(
        platform.privateKeyPem,
        platform.publicKeyPem,
        tokens.get('veteran') ?? '',
      );
      for (const [attack, token] of Object.entries(hostile)) {
        const answer = await api.call('GET', path, { token });
        expect(`${attack}: ${answer.status}`).toBe(`${attack}: 401`);
      }
    },
  );

  it("reaches every documented path through the gateway's table, uses every row, and documents each service", async () => {
    const document = (await (await fetch(`${platform.gatewayUrl}/docs/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
      'x-unrouted': string[];
      'x-unused-routes': string[];
      'x-missing-services'?: string[];
    };
    expect(document['x-missing-services'] ?? []).toEqual([]);
    expect(document['x-unrouted']).toEqual([]);
    expect(document['x-unused-routes']).toEqual([]);
    expect(Object.keys(document.paths).length).toBeGreaterThan(100);
  });

  it('refuses a revoked refresh token (401), through the gateway', async () => {
    expect(
      (await api.call('POST', '/api/auth/sign-out', { body: { refreshToken: veteranRefresh } })).status,
    ).toBe(204);
    const refused = await api.call('POST', '/api/auth/refresh', { body: { refreshToken: veteranRefresh } });
    expect(refused.status).toBe(401);
  });
});
