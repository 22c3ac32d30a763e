import { waitFor } from '@vetlink/testing';
import { ApiClient } from './client';
import { employerRegistration } from './bodies';
import { Platform } from './platform';

/** A signed-in person: the token to call with, and who the accounts service says they are. */
export interface Person {
  login: string;
  token: string;
  refreshToken: string;
  userId: string;
}

export interface EmployerMember extends Person {
  organisationId: string;
}

export const PASSWORD = 'e2e scenario passphrase 42';

/**
 * People of one platform run, each signed up and signed in the way the accounts README says: veterans
 * and mentors sign themselves up, an employer registers the organisation, officers are made by the
 * administrator's command. Logins carry the run id, so runs never share an account.
 */
export class People {
  constructor(
    private readonly api: ApiClient,
    private readonly platform: Platform,
  ) {}

  login(who: string): string {
    return `${who}-${this.platform.runId}@example.cn`;
  }

  async veteran(who: string): Promise<Person> {
    await this.created('POST', '/api/accounts/veterans', { email: this.login(who), password: PASSWORD });
    return this.signIn(who);
  }

  async mentor(who: string): Promise<Person> {
    await this.created('POST', '/api/accounts/mentors', { email: this.login(who), password: PASSWORD });
    return this.signIn(who);
  }

  /** The organisation and its administrator at accounts; its token names the organisation. */
  async employer(who: string, organisationName: string): Promise<EmployerMember> {
    const registered = await this.created('POST', '/api/organisations', {
      organisationName,
      email: this.login(who),
      password: PASSWORD,
    });
    return { ...(await this.signIn(who)), organisationId: registered.organisationId as string };
  }

  /** An officer of the provincial bureau, made by the accounts administrator's command. */
  officer(who: string): Promise<Person> {
    return this.staff('officer', who, 'bureau-jiangsu');
  }

  /** Staff made by the accounts administrator's command: officers, bank staff of a bank, base staff of a base. */
  async staff(
    role: 'officer' | 'bank-staff' | 'base-staff',
    who: string,
    organisationId: string,
  ): Promise<Person> {
    const [made] = await this.platform.createAccounts([
      { role, login: this.login(who), password: PASSWORD, organisationId },
    ]);
    if (!made?.userId) throw new Error(`${role} ${who} not created: ${made?.error}`);
    return this.signIn(who);
  }

  /**
   * An employer whose organisation is registered at accounts and at job-postings, and verified by the
   * officer, so that its jobs may be published.
   */
  async verifiedEmployer(who: string, organisationName: string, officer: Person): Promise<EmployerMember> {
    const employer = await this.employer(who, organisationName);
    await this.created('POST', '/api/employers', employerRegistration(organisationName), employer.token);
    await this.api.expect(200, 'POST', `/api/employers/${employer.organisationId}/verification`, {
      token: officer.token,
    });
    return employer;
  }

  async signIn(who: string): Promise<Person> {
    const session = await this.api.signIn(this.login(who), PASSWORD);
    return {
      login: this.login(who),
      token: session.accessToken,
      refreshToken: session.refreshToken,
      userId: session.userId,
    };
  }

  /** Waits until matching has learnt of the veteran's profile (from skills-profiles' events). */
  async knownToMatching(veteran: Person): Promise<void> {
    await waitFor(
      async () =>
        (await this.api.call('GET', '/api/veterans/me/recommended-jobs', { token: veteran.token })).status ===
        200,
      { timeoutMs: 60_000, intervalMs: 250, what: 'matching to know the profile' },
    );
  }

  /** Sets the veteran's notification preferences once notifications has learnt of the profile. */
  async notificationPreferences(veteran: Person, body: Record<string, unknown>): Promise<void> {
    await waitFor(
      async () =>
        (await this.api.call('PATCH', '/api/preferences/me', { token: veteran.token, body })).status === 200,
      { timeoutMs: 30_000, intervalMs: 250, what: 'the notification preferences' },
    );
  }

  /** A call that must answer 201; its body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  created(method: string, path: string, body: unknown, token?: string): Promise<any> {
    return this.api.expect(201, method, path, { body, ...(token ? { token } : {}) });
  }
}
