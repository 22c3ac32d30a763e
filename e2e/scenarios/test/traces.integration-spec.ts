import { randomBytes } from 'node:crypto';
import { waitFor } from '@vetlink/testing';
import { driverProfile, truckDriverJob } from './support/bodies';
import { ApiClient } from './support/client';
import { OtlpReceiver, ReceivedSpan } from './support/otlp-receiver';
import { OWN_EVENTS_ONLY } from './support/own-events';
import { EmployerMember, People, Person } from './support/people';
import { Platform } from './support/platform';

/**
 * Issue 23's traces: one request to publish a job yields one trace, read back from an OTLP receiver in
 * this process, whose spans cover job-postings (the request, the outbox's send), matching (the event
 * handled, the match sent) and notifications (the match handled, the push delivered to the inbox), each
 * span's parent in the trace. The caller's own `traceparent` goes through the gateway, so the test knows
 * the trace id before it asks.
 */
const SERVICES = ['accounts', 'gateway', 'job-postings', 'skills-profiles', 'matching', 'notifications'];
const TRACED = ['job-postings', 'matching', 'notifications'];
const GROUPS_AT_END = {
  'matching.read-model': OWN_EVENTS_ONLY['matching.read-model'] ?? [],
  'notifications.notify': OWN_EVENTS_ONLY['notifications.notify'] ?? [],
};

describe('e2e: one trace from a job posting to the push', () => {
  const receiver = new OtlpReceiver();
  let platform: Platform | undefined;
  let api: ApiClient;
  let employer: EmployerMember;
  let driver: Person;

  beforeAll(async () => {
    await receiver.start();
    // A short batch delay: the spans of a request reach the receiver within a fraction of a second.
    const exportToReceiver = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    platform = new Platform(
      SERVICES,
      GROUPS_AT_END,
      Object.fromEntries(TRACED.map((service) => [service, exportToReceiver])),
    );
    await platform.start();
    api = new ApiClient(platform.gatewayUrl);
    const people = new People(api, platform);
    const officer = await people.officer('officer');
    employer = await people.verifiedEmployer('employer', '南京e2e追踪物流有限公司', officer);
    driver = await people.veteran('driver');
    await people.created('PUT', '/api/profiles/me', driverProfile(), driver.token);
    await people.knownToMatching(driver);
    await people.notificationPreferences(driver, { jobPushDailyCap: 50, quietHours: null });
    // A new profile gets pushes of the jobs matching knows already (other runs' too), each in the trace
    // of the profile's handling. Handled in one batch with the posting's match, they would take the
    // batch's active span; so the posting waits until notifications has handled them.
    await waitFor(() => pushesSettled(receiver.spans), {
      timeoutMs: 90_000,
      intervalMs: 500,
      what: "notifications to handle the new profile's pushes",
    });
  }, 480_000);

  afterAll(async () => {
    await platform?.stop();
    await receiver.stop();
  });

  it('publishing a job: one trace through job-postings, matching and notifications, every parent in it', async () => {
    const draft = await api.expect(201, 'POST', '/api/jobs', {
      token: employer.token,
      body: truckDriverJob(),
    });
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const published = await fetch(`${platform?.gatewayUrl}/api/jobs/${draft.id}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employer.token}`, traceparent: `00-${traceId}-${callerSpanId}-01` },
    });
    expect(published.status).toBe(200);

    await waitFor(
      async () => {
        const page = await api.expect(200, 'GET', '/api/inbox?lang=en&limit=50', { token: driver.token });
        return (page.items as { type: string; link: string | null }[]).some(
          (item) => item.type === 'job-matched' && item.link?.endsWith(`/jobs/${draft.id}`),
        );
      },
      { timeoutMs: 60_000, intervalMs: 200, what: 'the push in the inbox' },
    );
    const spans = await waitFor(
      async () => {
        const trace = receiver.trace(traceId);
        return trace.some(named('notifications', 'deliver in-app')) ? trace : undefined;
      },
      { timeoutMs: 45_000, intervalMs: 200, what: "the push's spans at the receiver" },
    ).catch((error: Error) => {
      // What did arrive says which seam lost the trace.
      throw new Error(
        `${error.message}; this trace: ${summary(receiver.trace(traceId))}; all: ${summary(receiver.spans)}`,
      );
    });

    expect([...new Set(spans.map((span) => span.service))].sort()).toEqual(TRACED);
    const request = spans.find(named('job-postings', /^POST \/jobs\/:\w+\/publish$/));
    const chain = [
      request,
      spans.find(named('job-postings', 'send jobs.job-postings')),
      spans.find(named('matching', 'process jobs.job-postings')),
      spans.find(named('matching', 'send matching.job-matches')),
      spans.find(named('notifications', 'process matching.job-matches')),
      spans.find(named('notifications', 'deliver in-app')),
    ];
    expect(chain.map((span) => span && `${span.service}: ${span.name}`)).not.toContain(undefined);
    // The request continues the caller's span; every other span's parent is a span of this trace.
    expect(request?.parentSpanId).toBe(callerSpanId);
    const ids = new Set(spans.map((span) => span.spanId));
    const orphans = spans.filter((span) => span !== request && !ids.has(span.parentSpanId ?? ''));
    expect(orphans).toEqual([]);
    // Each step of the chain descends from the one before.
    for (let step = 1; step < chain.length; step++)
      expect(ancestorsOf(chain[step] as ReceivedSpan, spans)).toContain(
        (chain[step - 1] as ReceivedSpan).spanId,
      );
  }, 180_000);
});

function named(service: string, name: string | RegExp) {
  return (span: ReceivedSpan) =>
    span.service === service && (typeof name === 'string' ? span.name === name : name.test(span.name));
}

/**
 * The profile's handling is over at matching (its span ends after its pushes are sent), every trace in
 * which matching sent pushes has reached notifications, and nothing has reached it for 2 s.
 */
function pushesSettled(spans: readonly ReceivedSpan[]): boolean {
  if (!spans.some(named('matching', 'process profiles.veteran-profiles'))) return false;
  const handled = spans.filter(named('notifications', 'process matching.job-matches'));
  const reached = new Set(handled.map((span) => span.traceId));
  const sent = spans.filter(named('matching', 'send matching.job-matches'));
  const lastHandledAt = Math.max(0, ...handled.map((span) => span.receivedAt));
  return sent.every((span) => reached.has(span.traceId)) && Date.now() - lastHandledAt >= 2000;
}

function summary(spans: readonly ReceivedSpan[]): string {
  const counts = new Map<string, number>();
  for (const span of spans) {
    const key = `${span.service}: ${span.name}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return JSON.stringify(Object.fromEntries(counts));
}

function ancestorsOf(span: ReceivedSpan, spans: readonly ReceivedSpan[]): string[] {
  const byId = new Map(spans.map((each) => [each.spanId, each]));
  const ancestors: string[] = [];
  for (let parent = span.parentSpanId; parent && byId.has(parent); parent = byId.get(parent)?.parentSpanId)
    ancestors.push(parent);
  return ancestors;
}
