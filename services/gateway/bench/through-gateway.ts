/**
 * What the gateway adds: the same requests sent straight to each service and through a gateway, side
 * by side, printing requests/s and p50/p95/p99. Loopback only, bounded in time and connections.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register services/gateway/bench/through-gateway.ts [seconds] [connections]
 *
 * Needs `npm start` (the services, accounts with the demo accounts). It starts a gateway of its own on
 * :3990 in front of the running services with the rate limits raised (the bench is one user at one
 * address), and signs in as the first demo veteran through it. A stand-in service that answers at once
 * (in place of recommendations, which the bench does not otherwise call) shows the gateway's own cost.
 * Posting a job drafts jobs for an organisation the bench registers for itself (drafts are seen by
 * their organisation only, so the demo world is not changed).
 *
 * With only some services running: `BENCH_ONLY=stand-in,unread` (targets whose name starts with one of
 * these) and `BENCH_VETERAN_TOKEN` (e.g. from deploy/local/demo/token.ts) instead of a sign-in, so that
 * the gateway's own cost and the unread count need notifications alone.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateEmployers, generateJobs } from '@vetlink/demo-data';

const REPO_ROOT = resolve(__dirname, '../../..');
const HOME = process.env['VETLINK_HOME'] ?? join(REPO_ROOT, '.vetlink');
const GATEWAY_PORT = 3990;
const STUB_PORT = 3991;
const SECONDS = Math.min(Number(process.argv[2] ?? 10), 60);
const CONNECTIONS = Math.min(Number(process.argv[3] ?? 20), 100);
const VETERAN = { login: 'demo-vet-000001@demo.vetlink.cn', id: 'demo-vet-000001' };
const PASSWORD = 'vetlink-demo-2026';
const ONLY = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());

interface Target {
  name: string;
  /** The public path (through the gateway) and the service's own address for the same request. */
  publicPath: string;
  direct: string;
  /** POST with this body, as the bench's employer; otherwise GET as the demo veteran. */
  post?: unknown;
}

function targets(jobBody: unknown): Target[] {
  const from = new Date(Date.now() + 86_400_000).toISOString();
  const to = new Date(Date.now() + 8 * 86_400_000).toISOString();
  const slots = `/mentors/demo-mentor-1/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return [
    // A stand-in answering at once in place of recommendations: what the gateway itself costs.
    {
      name: 'stand-in (no work)',
      publicPath: '/api/weekly-digests/me/2026-W49',
      direct: `http://127.0.0.1:${STUB_PORT}/weekly-digests/me/2026-W49`,
    },
    {
      name: 'inbox unread count',
      publicPath: '/api/inbox/unread-count',
      direct: 'http://127.0.0.1:3104/inbox/unread-count',
    },
    {
      name: 'recommended jobs',
      publicPath: `/api/veterans/${VETERAN.id}/recommended-jobs`,
      direct: `http://127.0.0.1:3103/veterans/${VETERAN.id}/recommended-jobs`,
    },
    { name: 'mentor slots', publicPath: `/api${slots}`, direct: `http://127.0.0.1:3106${slots}` },
    {
      name: 'job search',
      publicPath: '/api/jobs/search?q=%E5%8F%B8%E6%9C%BA',
      direct: 'http://127.0.0.1:3103/jobs/search?q=%E5%8F%B8%E6%9C%BA',
    },
    { name: 'posting a job', publicPath: '/api/jobs', direct: 'http://127.0.0.1:3101/jobs', post: jobBody },
  ];
}

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Map<number, number>;
  /** The bench's own CPU per request (it shares the two cores with what it measures). */
  loaderCpuMs: number;
}

/**
 * `connections` loops, each one request at a time on its own kept-alive connection, until the time is
 * up. The requests are written as prepared bytes on plain sockets and the answers read only as far as
 * their status and length: Node's HTTP client cost the bench ~0.3 ms of CPU a request, which on two
 * cores it took from the gateway and the service it measures (autocannon works the same way).
 */
async function load(url: string, token: string, post?: unknown): Promise<Figures> {
  const body = post === undefined ? '' : JSON.stringify(post);
  const target = new URL(url);
  const head = [
    `${body ? 'POST' : 'GET'} ${target.pathname}${target.search} HTTP/1.1`,
    `host: ${target.host}`,
    `authorization: Bearer ${token}`,
    'connection: keep-alive',
    ...(body ? ['content-type: application/json', `content-length: ${Buffer.byteLength(body)}`] : []),
  ];
  const requestBytes = Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const deadline = Date.now() + SECONDS * 1000;
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const ok = await connectionLoop(target, requestBytes, deadline, (status, ms) => {
          latencies.push(ms);
          count(status);
        });
        if (!ok) count(0);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    perSecond: latencies.length / SECONDS,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    statuses,
    loaderCpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length),
  };
}

/**
 * One connection sending the request again as soon as its answer is complete, until the deadline or
 * until the server closes; resolves false when the connection failed.
 */
function connectionLoop(
  target: URL,
  requestBytes: Buffer,
  deadline: number,
  answered: (status: number, ms: number) => void,
): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(Number(target.port), target.hostname);
    socket.setNoDelay(true);
    let pending: Buffer = Buffer.alloc(0);
    let started = 0n;
    const send = () => {
      started = process.hrtime.bigint();
      socket.write(requestBytes);
    };
    socket.on('connect', send);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        const answer = completeAnswer(pending);
        if (!answer) return;
        answered(answer.status, Number(process.hrtime.bigint() - started) / 1e6);
        pending = pending.subarray(answer.length);
        if (answer.close || Date.now() >= deadline) {
          socket.end();
          return;
        }
        send();
      }
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(true));
  });
}

/** The status and byte length of the first whole answer in `data` (Content-Length or chunked), if whole. */
function completeAnswer(data: Buffer): { status: number; length: number; close: boolean } | undefined {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const head = data.toString('latin1', 0, headEnd).toLowerCase();
  const status = Number(head.slice(9, 12));
  const close = /\r\nconnection: *close/.test(head);
  const declared = /\r\ncontent-length: *(\d+)/.exec(head);
  if (declared) {
    const length = headEnd + 4 + Number(declared[1]);
    return data.length >= length ? { status, length, close } : undefined;
  }
  if (/\r\ntransfer-encoding: *chunked/.test(head)) {
    let at = headEnd + 4;
    for (;;) {
      const lineEnd = data.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(data.toString('latin1', at, lineEnd), 16);
      at = lineEnd + 2 + size + 2;
      if (at > data.length) return undefined;
      if (size === 0) return { status, length: at, close };
    }
  }
  return { status, length: headEnd + 4, close };
}

function startGateway(): ChildProcess {
  const keys = join(HOME, 'keys');
  const redisUrlFile = join(HOME, 'run', 'redis.url');
  return spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(REPO_ROOT, 'services/gateway/src/main.ts')],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'),
        PORT: String(GATEWAY_PORT),
        LOG_LEVEL: 'warn',
        AUTH_JWT_PUBLIC_KEY_FILE: join(keys, 'jwt-public.pem'),
        GATEWAY_UPSTREAMS: `recommendations=http://127.0.0.1:${STUB_PORT}`,
        GATEWAY_RATE_PER_USER_PER_MINUTE: '1000000',
        GATEWAY_RATE_PER_ADDRESS_PER_MINUTE: '10000000',
        REDIS_URL:
          process.env['REDIS_URL'] ??
          safeRead(redisUrlFile) ??
          `redis://:${safeRead(join(keys, 'redis.password'))}@127.0.0.1:6379`,
      },
    },
  );
}

/** A process's CPU time so far (user + system) in ms, from Linux's /proc; undefined elsewhere. */
function cpuMsOf(pid: number | undefined): number | undefined {
  const stat = pid === undefined ? undefined : safeRead(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS_PER_SECOND);
}

/** Linux's USER_HZ, 100 on every architecture it runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

async function waitReady(url: string) {
  for (let i = 0; i < 360; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${url} not ready`);
}

const ms = (value: number) => value.toFixed(1).padStart(7);

function startStub(): Server {
  const body = JSON.stringify({ unread: 0 });
  return createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  }).listen(STUB_PORT, '127.0.0.1');
}

async function main() {
  const stub = startStub();
  const gateway = startGateway();
  try {
    const base = `http://127.0.0.1:${GATEWAY_PORT}`;
    await waitReady(`${base}/health/ready`);
    const chosen = targets(undefined).filter(
      ({ name }) => !ONLY || ONLY.some((start) => name.startsWith(start)),
    );
    const veteranToken = process.env['BENCH_VETERAN_TOKEN'] ?? (await signIn(base, VETERAN.login));
    const posts = chosen.some((target) => 'post' in target);
    const employer = posts ? await benchEmployer(base) : { token: '', jobBody: undefined };
    console.log(
      `${SECONDS} s per run, ${CONNECTIONS} connections, loopback; direct then through the gateway`,
    );
    console.log(
      'what                 | via     |  req/s |  p50 ms |  p95 ms |  p99 ms | CPU ms/req: bench, gateway | statuses',
    );
    for (const target of targets(employer.jobBody).filter(({ name }) =>
      chosen.some((picked) => picked.name === name),
    )) {
      for (const [via, url] of [
        ['direct', target.direct],
        ['gateway', `${base}${target.publicPath}`],
      ] as const) {
        const token = target.post === undefined ? veteranToken : employer.token;
        const gatewayBefore = cpuMsOf(gateway.pid);
        const figures = await load(url, token, target.post);
        const gatewayAfter = cpuMsOf(gateway.pid);
        const gatewayCpu =
          via === 'gateway' && gatewayBefore !== undefined && gatewayAfter !== undefined
            ? ((gatewayAfter - gatewayBefore) / Math.max(1, figures.requests)).toFixed(2)
            : '-';
        const statuses = [...figures.statuses].map(([status, count]) => `${status}×${count}`).join(' ');
        console.log(
          `${target.name.padEnd(20)} | ${via.padEnd(7)} | ${figures.perSecond.toFixed(0).padStart(6)} |${ms(figures.p50)} |${ms(figures.p95)} |${ms(figures.p99)} | ${figures.loaderCpuMs.toFixed(2).padStart(13)}, ${gatewayCpu.padStart(7)} | ${statuses}`,
        );
      }
    }
  } finally {
    gateway.kill('SIGTERM');
    stub.close();
  }
}

async function call<T>(url: string, body: unknown, token?: string): Promise<T> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`POST ${url}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

async function signIn(base: string, login: string): Promise<string> {
  return (await call<{ accessToken: string }>(`${base}/api/auth/sign-in`, { login, password: PASSWORD }))
    .accessToken;
}

/** An organisation of the bench's own, registered through the gateway as an employer would, and a job body for it. */
async function benchEmployer(base: string): Promise<{ token: string; jobBody: unknown }> {
  const seed = `gateway-bench-${Date.now()}`;
  const [employer] = generateEmployers(seed, 1, { idPrefix: seed });
  const login = `${seed}@bench.vetlink.cn`;
  await call(`${base}/api/organisations`, {
    organisationName: '网关压测单位',
    email: login,
    password: PASSWORD,
  });
  const token = await signIn(base, login);
  await call(`${base}/api/employers`, employer?.registration, token);
  const [job] = generateJobs(seed, employer ? [employer] : [], 1);
  return { token, jobBody: job?.body };
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
