import type { DemoApplication, DemoMentorBooking } from '@vetlink/demo-data';
import { PlatformClient } from './platform-client';
import { DevTokens, Subject } from './tokens';

const OFFICER: Subject = { userId: 'demo-officer-1', role: 'officer', organisationId: 'bureau-jiangsu' };
const RUN_WAIT_MS = 5 * 60_000;
/** How many of the busiest veterans' inboxes are looked at for the one the guide shows first. */
const INBOXES_LOOKED_AT = 25;

interface RunView {
  runId: string;
  state: string;
  counts: { outcomes: Record<string, number> };
}

interface InboxPage {
  items: { type: string }[];
}

/**
 * The weekly digest of this week, run now as an officer would from the runs API (the schedule would send
 * it on Monday at 09:00): every demo veteran who wants one finds it in the inbox. Returns what it sent.
 */
export async function sendThisWeeksDigest(
  client: PlatformClient,
  tokens: DevTokens,
  recommendationsUrl: string,
): Promise<Record<string, number>> {
  const authorization = tokens.bearer(OFFICER);
  const started = await client.request<RunView>('POST', `${recommendationsUrl}/digest-runs`, {
    authorization,
    body: {},
  });
  const deadline = Date.now() + RUN_WAIT_MS;
  for (;;) {
    const run = await client.request<RunView>(
      'GET',
      `${recommendationsUrl}/digest-runs/${started.body.runId}`,
      {
        authorization,
      },
    );
    if (run.body.state.startsWith('completed')) return run.body.counts.outcomes;
    if (Date.now() > deadline)
      throw new Error(`the weekly digest run ${started.body.runId} did not finish in 5 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * The veteran the sign-in guide shows first: one whose inbox has job pushes and the weekly digest, with
 * applications in several stages — looked for among the veterans with the most varied applications.
 */
export async function showcaseVeteran(
  client: PlatformClient,
  tokens: DevTokens,
  notificationsUrl: string,
  applications: readonly DemoApplication[],
  isActive: (userId: string) => boolean,
): Promise<string | undefined> {
  const candidates = byStageVariety(applications).filter(isActive).slice(0, INBOXES_LOOKED_AT);
  let best: { userId: string; score: number } | undefined;
  for (const userId of candidates) {
    const inbox = await client.request<InboxPage>('GET', `${notificationsUrl}/inbox?limit=100`, {
      authorization: tokens.bearer({ userId, role: 'veteran' }),
    });
    const pushes = inbox.body.items.filter((item) => item.type === 'job-matched').length;
    const digests = inbox.body.items.filter((item) => item.type === 'weekly-digest').length;
    if (pushes > 0 && digests > 0) return userId;
    const score = Math.min(pushes, 1) + Math.min(digests, 1);
    if (!best || score > best.score) best = { userId, score };
  }
  return best?.userId;
}

/** The employer with the most applicants. */
export function busiestEmployer(applications: readonly DemoApplication[]): string | undefined {
  return mostFrequent(applications.map((application) => application.organisationId));
}

/** The mentor with the most booked sessions. */
export function busiestMentor(bookings: readonly DemoMentorBooking[]): string | undefined {
  return mostFrequent(bookings.map((booking) => booking.mentorUserId));
}

function byStageVariety(applications: readonly DemoApplication[]): string[] {
  const stages = new Map<string, Set<string>>();
  for (const application of applications) {
    const stage = application.steps.at(-1)?.stage ?? 'applied';
    stages.set(application.veteranUserId, (stages.get(application.veteranUserId) ?? new Set()).add(stage));
  }
  return [...stages.entries()].sort((a, b) => b[1].size - a[1].size).map(([userId]) => userId);
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
