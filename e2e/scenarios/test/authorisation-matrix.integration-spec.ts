import { ApiClient } from './support/client';
import { listedServiceNames, Platform } from './support/platform';
import { hostileTokens } from './support/tokens';

/**
 * The authorisation matrix, through the gateway against the running platform with real sign-ins:
 * every role against a set of endpoints, own and others' data, and the attacks on tokens.
 * `allowed` means past authorisation (not 401/403, not 5xx: a 400 or 404 for the empty test data is
 * fine); `denied` means 403 or 404 (a service may hide that a thing exists).
 */
type Role = 'anonymous' | 'veteran' | 'veteranB' | 'employer' | 'employerB' | 'mentor' | 'officer';
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
}

/** All of them: the route check needs every service the gateway routes to. */
const SERVICES = listedServiceNames();
const PASSWORD = 'e2e matrix passphrase 42';

const EVERYONE_SIGNED_IN: Partial<Record<Role, Expect>> = {
  anonymous: 401,
  veteran: 'allowed',
  employer: 'allowed',
  mentor: 'allowed',
  officer: 'allowed',
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
];

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
    const [officer] = await platform.createAccounts([
      { role: 'officer', login: login('officer'), password: PASSWORD, organisationId: 'bureau-jiangsu' },
    ]);
    expect(officer.userId).toBeDefined();
    tokens.set('anonymous', undefined);
    for (const role of ['veteran', 'veteranB', 'employer', 'employerB', 'mentor', 'officer'] as const) {
      const session = await api.signIn(login(role), PASSWORD);
      tokens.set(role, session.accessToken);
      if (role === 'veteran') {
        ids = { veteran: session.userId, organisation: organisation.body.organisationId };
        veteranRefresh = session.refreshToken;
      }
    }
  }, 480_000);

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
      `${entry.row.method} ${entry.row.path({ veteran: '{veteran}', organisation: '{org}' })} as ${entry.role}: ${entry.expected}`,
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
