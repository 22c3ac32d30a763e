import { ACCOUNT_TOPICS } from '@vetlink/contracts';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { People } from '@vetlink/e2e-scenarios/people';
import { Platform, type PlatformIdentity } from '@vetlink/e2e-scenarios/platform';
import { Mailbox } from './mailbox';
import { PORTAL_ORIGIN } from './portal-server';

/**
 * One platform for the whole browser run, started by the run's global setup (global-setup.js through
 * serve-platform.ts) and shared by every journey: starting one of its own cost each file 20 s of its
 * 50 to 140 (the services compile as they start, on two cores), and its consumer groups joined while
 * the journey waited for its first event. Every journey still makes its own people, organisations,
 * banks and bases (named after the journey), so none sees another's.
 */

/** The union of what the journeys need: together they use every service `npm start` starts. */
export const SHARED_SERVICES = [
  'accounts',
  'gateway',
  'job-postings',
  'skills-profiles',
  'matching',
  'notifications',
  'recommendations',
  'mentors',
  'incubators',
  'loans',
  'insights',
  'trainings',
];

/** Every consumer group begins at its topics' ends: a journey reads the events of its own run only. */
export const SHARED_STARTED_AT_END: Readonly<Record<string, readonly string[]>> = {
  ...OWN_EVENTS_ONLY,
  // password reset and e-mail proofs: their codes come by e-mail (accounts → notifications)
  'notifications.notify': [
    ...OWN_EVENTS_ONLY['notifications.notify']!,
    ACCOUNT_TOPICS.passwordResets,
    ACCOUNT_TOPICS.loginVerifications,
  ],
  // trainings' skill gaps read jobs and profiles
  'trainings.events': ['jobs.job-postings', 'profiles.veteran-profiles'],
};

/** The portal's origin may call the gateway; messages link to the portal; e-mail goes to the mailbox. */
export function sharedSettings(mailbox: Mailbox): Record<string, Record<string, string>> {
  return {
    // Every person of every journey signs in from 127.0.0.1: the ten journeys' hundred sign-ins would pass
    // the 30 an address may make in 10 minutes, which each file's own platform once counted afresh.
    accounts: { SIGN_IN_ATTEMPTS_PER_ADDRESS: '1000' },
    gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
    notifications: {
      PORTAL_BASE_URL: PORTAL_ORIGIN,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_REQUIRE_TLS: 'false',
      MAIL_FROM: 'vetlink <noreply@vetlink.example.cn>',
    },
  };
}

/** The variable through which the global setup hands the running platform to the test files. */
export const SHARED_PLATFORM_ENV = 'E2E_PORTAL_PLATFORM';

export interface SharedPlatform {
  identity: PlatformIdentity;
  mailbox: { folder: string; port: number };
}

/** People of one journey: their logins carry the journey's name as well as the run's id. */
class JourneyPeople extends People {
  constructor(
    api: ApiClient,
    platform: Platform,
    private readonly journey: string,
  ) {
    super(api, platform);
  }

  override login(who: string): string {
    return super.login(`${this.journey}-${who}`);
  }
}

export interface Journey {
  platform: Platform;
  api: ApiClient;
  people: People;
  mailbox: Mailbox;
  /** unique to this journey in this run: for the names of what it makes (a bank, a base, a school) */
  id: string;
}

/** The run's platform as one journey (a test file) sees it. */
export function joinPlatform(journey: string): Journey {
  const handed = process.env[SHARED_PLATFORM_ENV];
  if (!handed) throw new Error(`${SHARED_PLATFORM_ENV} is not set: run through jest.integration.config.js`);
  const shared = JSON.parse(handed) as SharedPlatform;
  const platform = new Platform(SHARED_SERVICES, {}, {}, shared.identity);
  const api = new ApiClient(platform.gatewayUrl);
  return {
    platform,
    api,
    people: new JourneyPeople(api, platform, journey),
    mailbox: Mailbox.at(shared.mailbox.folder, shared.mailbox.port),
    id: `${journey}-${platform.runId}`,
  };
}
