/**
 * A bounded stall test: starts the services of deploy/local/services.tsv against the running engines and
 * puts STALL_CLIENTS concurrent clients (default 20) on each, one service after another, for
 * STALL_SECONDS (default 60), each client looping over the service's GET operations that answer 2xx to
 * some role, with a readiness probe once a second beside them. Prints p50/p99/max per service, how many
 * requests took over 5 s, and the statuses seen. Figures, not assertions: it exits 0 unless a service
 * could not start. Usage: run.sh stall [service...]
 */
import { createTestTokenIssuer, dropTestDatabase } from '@vetlink/testing';
import { join } from 'node:path';
import {
  deleteRunGroups,
  listedServices,
  newRunId,
  RunningService,
  ServiceEntry,
  startService,
  vetlinkHome,
  waitUntilReady,
} from './local-services';
import { tokensForRoles } from './roles';

const clients = Number(process.env['STALL_CLIENTS'] ?? 20);
const seconds = Number(process.env['STALL_SECONDS'] ?? 60);
const only = process.argv.slice(2);
/** STALL_TOGETHER=1 loads every service at once (clients × services requests in flight) instead of in turn. */
const together = process.env['STALL_TOGETHER'] === '1';

interface Target {
  path: string;
  token: string;
  method?: 'PATCH' | 'PUT' | 'POST';
  body?: (turn: number) => unknown;
}

/**
 * Writes put beside the reads where a service takes one without set-up, each client as its own
 * veteran, so that concurrent writers meet in the database (the stalls reported were under writes).
 */
const WRITES: Record<string, (token: string) => Target[]> = {
  notifications: (token) => [
    {
      path: '/contact-points/me',
      token,
      method: 'PATCH',
      body: (turn) => ({ wechat: `stall-wechat-${turn}` }),
    },
    {
      path: '/preferences/me',
      token,
      method: 'PATCH',
      body: (turn) => ({ quietHours: turn % 2 ? null : { from: '22:00', to: '07:00' } }),
    },
  ],
};

async function main() {
  const runId = newRunId('stall');
  const issuer = createTestTokenIssuer();
  const tokens = [...tokensForRoles(issuer).values()];
  const entries = listedServices(only);
  console.log(
    `stall test: ${clients} clients × ${seconds}s on each of ${entries.length} services, ${together ? 'all at once' : 'in turn'}`,
  );
  console.log(
    'service           requests  p50 ms  p99 ms  max ms  >5s  statuses              readiness max ms',
  );
  const writers = Array.from({ length: clients }, (_, index) =>
    issuer.mint({ role: 'veteran', userId: `stall-veteran-${index}` }, { expiresIn: 900 }),
  );
  const run = async (batch: ServiceEntry[]) => {
    const services = batch.map((entry) =>
      startService(entry, {
        runId,
        portOffset: 400,
        jwtPublicKey: issuer.authConfig.publicKey,
        logDir: join(vetlinkHome, 'api-fuzz/stall-logs'),
      }),
    );
    try {
      await Promise.all(services.map((service) => waitUntilReady(service)));
      const targets = await Promise.all(services.map((service) => answeringTargets(service, tokens)));
      const rows = await Promise.all(
        services.map(async (service, index) =>
          row(
            service.name,
            await load(
              service,
              targets[index],
              writers.map((token) => WRITES[service.name]?.(token) ?? []),
            ),
          ),
        ),
      );
      for (const line of rows) console.log(line);
    } finally {
      await Promise.all(services.map((service) => service.stop()));
      await Promise.all(
        batch.map((entry) => dropTestDatabase(`${runId}-${entry.name}`).catch(() => undefined)),
      );
    }
  };
  if (together) await run(entries);
  else for (const entry of entries) await run([entry]);
  await deleteRunGroups(runId).catch(() => undefined);
}

/** The GET operations without path parameters, each with a token it answers 2xx for. */
async function answeringTargets(service: RunningService, tokens: string[]): Promise<Target[]> {
  const document = (await (await fetch(`${service.baseUrl}/docs/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const paths = Object.entries(document.paths)
    .filter(([path, operations]) => operations['get'] && !path.includes('{') && !path.startsWith('/health'))
    .map(([path]) => path);
  const targets: Target[] = [];
  for (const path of paths) {
    for (const token of tokens) {
      const response = await fetch(`${service.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
      if (response.ok) {
        targets.push({ path, token });
        break;
      }
    }
  }
  return targets;
}

interface Figures {
  latencies: number[];
  statuses: Map<string, number>;
  readinessMax: number;
  targets: number;
}

async function load(service: RunningService, targets: Target[], writes: Target[][]): Promise<Figures> {
  const figures: Figures = {
    latencies: [],
    statuses: new Map(),
    readinessMax: 0,
    targets: targets.length + (writes[0]?.length ?? 0),
  };
  const all: Target[] = [...targets, { path: '/health/ready', token: '' }];
  const deadline = Date.now() + seconds * 1000;
  const count = (status: string) => figures.statuses.set(status, (figures.statuses.get(status) ?? 0) + 1);
  const client = async (index: number) => {
    const mine = [...all, ...writes[index]];
    for (let turn = index; Date.now() < deadline; turn += 1) {
      const target = mine[turn % mine.length];
      const started = performance.now();
      try {
        const response = await fetch(`${service.baseUrl}${target.path}`, {
          method: target.method ?? 'GET',
          headers: {
            ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
            ...(target.body ? { 'content-type': 'application/json' } : {}),
          },
          body: target.body ? JSON.stringify(target.body(turn)) : undefined,
          signal: AbortSignal.timeout(60_000),
        });
        await response.arrayBuffer();
        count(String(response.status));
      } catch {
        count('error');
      }
      figures.latencies.push(performance.now() - started);
    }
  };
  const probe = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${service.baseUrl}/health/ready`).catch(() => undefined);
      await response?.arrayBuffer();
      if (response?.status !== 200) count(`ready-${response?.status ?? 'error'}`);
      figures.readinessMax = Math.max(figures.readinessMax, performance.now() - started);
      await new Promise((done) => setTimeout(done, 1000));
    }
  };
  await Promise.all([...Array.from({ length: clients }, (_, index) => client(index)), probe()]);
  return figures;
}

function row(name: string, figures: Figures): string {
  const sorted = [...figures.latencies].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  const slow = sorted.filter((latency) => latency > 5000).length;
  const statuses = [...figures.statuses].map(([status, n]) => `${status}×${n}`).join(' ');
  return [
    name.padEnd(17),
    String(sorted.length).padStart(8),
    at(0.5).toFixed(0).padStart(7),
    at(0.99).toFixed(0).padStart(7),
    (sorted.at(-1) ?? 0).toFixed(0).padStart(7),
    String(slow).padStart(4),
    ` ${statuses}`.padEnd(22),
    figures.readinessMax.toFixed(0).padStart(8),
    `  (${figures.targets} routes)`,
  ].join(' ');
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`stall test failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
