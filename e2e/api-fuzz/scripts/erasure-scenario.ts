import { generateVeterans } from '@vetlink/demo-data';
import type { TestTokenIssuer } from '@vetlink/testing';
import type { RunningService } from './local-services';

export interface ScenarioOutcome {
  name: string;
  passed: boolean;
  detail: string;
}

const KNOWN_WITHIN_MS = 180_000;
const FORGOTTEN_WITHIN_MS = 120_000;
const KEEP_NOTHING_FROM_PROFILES = ['job-postings', 'accounts', 'insights'];

/**
 * A veteran's erasure across the running platform, as the veteran would ask for it: a new profile at
 * skills-profiles, seen by every service that keeps something about veterans (their exports fill), then
 * `DELETE /profiles/me`, after which every service's `GET /personal-data/me` must come back empty.
 */
export async function erasureScenario(
  services: readonly RunningService[],
  issuer: TestTokenIssuer,
  runId: string,
): Promise<ScenarioOutcome> {
  const name = 'a veteran erased at skills-profiles is forgotten by every service';
  const profiles = services.find((service) => service.name === 'skills-profiles');
  if (!profiles) return { name, passed: false, detail: 'skills-profiles is not running' };
  const [veteran] = generateVeterans(runId, 1);
  const veteranId = `e2e-erased-${runId}`;
  const token = issuer.mint({ userId: veteranId, role: 'veteran' }, { expiresIn: 900 });
  const call = (service: RunningService, method: string, path: string, body?: unknown) =>
    fetch(`${service.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });

  const created = await call(profiles, 'PUT', '/profiles/me', veteran?.body);
  if (created.status !== 201)
    return { name, passed: false, detail: `PUT /profiles/me answered ${created.status}` };

  // The gateway keeps nothing; job-postings (no application), accounts (no account) and insights (counts
  // only) keep nothing about this veteran: the others learn of them from skills-profiles' events
  // (trainings too: its skill-gap read model keeps every veteran as scored, without an enrolment).
  const exporters = services.filter((service) => service.name !== 'gateway');
  const holders = exporters.filter((service) => !KEEP_NOTHING_FROM_PROFILES.includes(service.name));
  const unknown = await untilEvery(holders, KNOWN_WITHIN_MS, async (service) =>
    holdsSomething(await exportOf(call, service)),
  );
  if (unknown.length > 0)
    return { name, passed: false, detail: `never learnt of the veteran: ${unknown.join(', ')}` };

  const erased = await call(profiles, 'DELETE', '/profiles/me');
  if (erased.status !== 204)
    return { name, passed: false, detail: `DELETE /profiles/me answered ${erased.status}` };
  const remembering = await untilEvery(
    exporters,
    FORGOTTEN_WITHIN_MS,
    async (service) => !holdsSomething(await exportOf(call, service)),
  );
  if (remembering.length > 0)
    return {
      name,
      passed: false,
      detail: `still keep something after the erasure: ${remembering.join(', ')}`,
    };
  return { name, passed: true, detail: `${exporters.length} services forgot the veteran` };
}

type Call = (service: RunningService, method: string, path: string) => Promise<Response>;

async function exportOf(call: Call, service: RunningService): Promise<unknown> {
  const response = await call(service, 'GET', '/personal-data/me');
  if (!response.ok) throw new Error(`${service.name}: GET /personal-data/me answered ${response.status}`);
  return ((await response.json()) as { sections: unknown }).sections;
}

/** Anything but empty lists, nulls and objects made only of those. */
export function holdsSomething(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(holdsSomething) || value.length > 0;
  if (typeof value === 'object') return Object.values(value as object).some(holdsSomething);
  return true;
}

/** The services for which `check` never came true within the time (each polled until it does). */
async function untilEvery(
  services: readonly RunningService[],
  withinMs: number,
  check: (service: RunningService) => Promise<boolean>,
): Promise<string[]> {
  const deadline = Date.now() + withinMs;
  const pending = new Set(services);
  while (pending.size > 0 && Date.now() < deadline) {
    for (const service of [...pending]) if (await check(service).catch(() => false)) pending.delete(service);
    if (pending.size > 0) await new Promise((done) => setTimeout(done, 1000));
  }
  return [...pending].map((service) => service.name);
}
