import { TOPICS } from '@vetlink/contracts';
import {
  deleteConsumerGroup,
  dropRedisKeys,
  dropTestDatabase,
  testEngines,
  uniqueName,
} from '@vetlink/testing';
import { startGroupAtEnd } from '@vetlink/testing/service';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { compileEntries, compileService } from '../build/compile-service';

/**
 * The images' build, proven without a Docker engine: services compiled to plain JavaScript exactly as
 * the Dockerfile compiles them, started as the image starts them (`node --enable-source-maps`, no
 * TypeScript loader, NODE_ENV=production; on loopback here, where the image listens on every interface) on the local engines — the API
 * role of job-postings and the worker role of recommendations, as the chart's Deployments run them —,
 * ready (/health/ready 200, which the chart's readiness probes ask) and stopped by SIGTERM within the
 * pod's grace; the topic-creation script of the chart's hook Job runs from the same output.
 */
const repoRoot = resolve(__dirname, '../../..');
const home = process.env['VETLINK_HOME'] ?? join(repoRoot, '.vetlink');
const buildDir = join(home, 'test-homes', uniqueName('compiled'));
const outDirOf = (service: string) => join(buildDir, service);
const database = uniqueName('it-compiled');
const queuePrefix = uniqueName('it-compiled')
  .toLowerCase()
  .replace(/[^a-z0-9-]/g, '-');
const groupPrefix = `${uniqueName('it-compiled')}.`;
const consumerGroup = `${groupPrefix}job-postings.events`;

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** What the chart gives every pod (its Secrets as values here: keys of this test's own). */
const productionEnv = (port: number): NodeJS.ProcessEnv => ({
  PATH: process.env['PATH'],
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  KAFKA_BROKERS: testEngines.kafkaBrokers.join(','),
  KAFKA_CONSUMER_GROUP_PREFIX: groupPrefix,
  MONGODB_URI: testEngines.mongoUri,
  MONGODB_DATABASE: database,
  REDIS_URL: testEngines.redisUrl,
  QUEUE_PREFIX: queuePrefix,
  AUTH_JWT_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString(),
  PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  SHUTDOWN_TIMEOUT_MS: '22000',
  LOG_LEVEL: 'warn',
});

/** The variables a Dockerfile's ENV instructions set (`ENV A=1 \\ B=2`). */
function dockerfileEnv(dockerfile: string): Record<string, string> {
  const text = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ');
  const lines = text.split('\n').filter((line) => line.startsWith('ENV '));
  return Object.fromEntries(
    lines.flatMap((line) => [...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])),
  );
}

async function getStatus(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return undefined;
  }
}

interface Started {
  child: ChildProcess;
  port: number;
  readyMs: number;
}

const running: ChildProcess[] = [];

/** Starts a compiled service as the image does and waits for /health/ready 200 on its PORT. */
async function startCompiled(service: string, env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--enable-source-maps', `services/${service}/src/main.js`], {
    cwd: outDirOf(service),
    env: { ...productionEnv(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let ready: number | undefined;
  while (Date.now() - started < 90_000 && child.exitCode === null) {
    ready = await getStatus(`http://127.0.0.1:${port}/health/ready`);
    if (ready === 200) break;
    await new Promise((done) => setTimeout(done, 500));
  }
  if (ready !== 200)
    throw new Error(`${service} not ready (last ${ready}, exit ${child.exitCode}): ${output}`);
  return { child, port, readyMs: Date.now() - started };
}

/** SIGTERM, as the kubelet sends it after the preStop sleep; resolves with the time it took to exit. */
async function stop(child: ChildProcess): Promise<{ ms: number; how: string }> {
  const stopping = Date.now();
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(signal ?? `code ${code}`)),
  );
  child.kill('SIGTERM');
  const how = await exited;
  return { ms: Date.now() - stopping, how };
}

describe('services compiled for their images', () => {
  beforeAll(() => mkdirSync(buildDir, { recursive: true }));

  afterAll(async () => {
    for (const child of running)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(buildDir, { recursive: true, force: true });
    await dropTestDatabase(database);
    await deleteConsumerGroup(testEngines.kafkaBrokers, consumerGroup);
    await dropRedisKeys(queuePrefix);
  });

  it('compiles main.ts and every file it imports, with no development dependency', () => {
    const result = compileService('job-postings', outDirOf('job-postings'));
    expect(result.main).toBe('services/job-postings/src/main.js');
    expect(existsSync(join(result.outDir, result.main))).toBe(true);
    expect(result.files.some((file) => file.startsWith('libs/http/src/'))).toBe(true);
    expect(result.files.some((file) => /\.(spec|integration-spec)\.ts$/.test(file))).toBe(false);
    expect(result.packages).toEqual(expect.arrayContaining(['@nestjs/core', 'kafkajs', 'mongoose']));
    // Nest's injection reads constructor parameter types from the metadata SWC emits.
    const module = readFileSync(join(result.outDir, 'libs/health/src/lib/health.controller.js'), 'utf8');
    expect(module).toContain('design:paramtypes');
    expect(module).not.toMatch(/require\("@vetlink\//);
  });

  it('refuses code that requires a development dependency, which the image does not install', () => {
    const entry = join(buildDir, 'uses-dev-dependency.ts');
    writeFileSync(
      entry,
      "import { transformSync } from '@swc/core';\nexport const compile = transformSync;\n",
    );
    expect(() => compileEntries([relative(repoRoot, entry)], join(buildDir, 'refused'))).toThrow(
      /requires "@swc\/core", a development dependency the image does not install/,
    );
  });

  it('starts job-postings with production settings on the local engines: /health/ready 200, stops on SIGTERM', async () => {
    await startGroupAtEnd(testEngines.kafkaBrokers, consumerGroup, [TOPICS.veteranProfiles]);
    const { child, port, readyMs } = await startCompiled('job-postings');
    process.stdout.write(`compiled job-postings ready in ${readyMs} ms\n`);
    expect(await getStatus(`http://127.0.0.1:${port}/health/live`)).toBe(200);
    const stopped = await stop(child);
    process.stdout.write(`compiled job-postings stopped in ${stopped.ms} ms (${stopped.how})\n`);
    // The chart's grace for job-postings is 30 s, its SHUTDOWN_TIMEOUT_MS 22 s.
    expect(stopped.ms).toBeLessThan(22_000);
  }, 150_000);

  it("starts recommendations in the worker role (the chart's -worker Deployment): probes and /metrics on PORT", async () => {
    compileService('recommendations', outDirOf('recommendations'));
    const { child, port, readyMs } = await startCompiled('recommendations', { PROCESS_ROLE: 'worker' });
    process.stdout.write(`compiled recommendations worker ready in ${readyMs} ms\n`);
    expect(await getStatus(`http://127.0.0.1:${port}/health/live`)).toBe(200);
    expect(await getStatus(`http://127.0.0.1:${port}/metrics`)).toBe(200);
    // A worker serves no API: only the chart's probes and Prometheus reach it.
    expect(await getStatus(`http://127.0.0.1:${port}/docs/openapi.json`)).toBe(404);
    const stopped = await stop(child);
    process.stdout.write(`compiled recommendations worker stopped in ${stopped.ms} ms (${stopped.how})\n`);
    expect(stopped.ms).toBeLessThan(37_000);
  }, 150_000);

  it("serves the portal as its image does: the Dockerfile's settings, probes, the site, a prompt stop", async () => {
    // the image's /app: the built site and its server, nothing else
    const app = join(buildDir, 'portal-app');
    cpSync(join(repoRoot, 'dist/portal'), join(app, 'dist/portal'), { recursive: true });
    mkdirSync(join(app, 'services/portal/scripts'), { recursive: true });
    cpSync(
      join(repoRoot, 'services/portal/scripts/serve-dist.mjs'),
      join(app, 'services/portal/scripts/serve-dist.mjs'),
    );
    const image = dockerfileEnv(join(repoRoot, 'deploy/docker/portal.Dockerfile'));
    expect(image).toMatchObject({ NODE_ENV: 'production', PORTAL_HOST: '0.0.0.0', PORTAL_PORT: '8080' });
    const port = await freePort();
    const child = spawn(process.execPath, ['services/portal/scripts/serve-dist.mjs'], {
      cwd: app,
      env: {
        PATH: process.env['PATH'],
        ...image,
        PORTAL_DIST: join(app, relative('/app', image['PORTAL_DIST']!)),
        PORTAL_HOST: '127.0.0.1',
        // what the chart sets
        PORTAL_PORT: String(port),
        PORTAL_API_BASE_URL: 'https://api.vetlink.example',
        SHUTDOWN_TIMEOUT_MS: '22000',
      },
      stdio: 'ignore',
    });
    running.push(child);
    const base = `http://127.0.0.1:${port}`;
    while ((await getStatus(`${base}/health/ready`)) !== 200 && child.exitCode === null)
      await new Promise((done) => setTimeout(done, 200));
    expect(await getStatus(`${base}/health/live`)).toBe(200);
    const page = await fetch(`${base}/veteran/recommended`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://api.vetlink.example",
    );
    expect(await (await fetch(`${base}/runtime-config.js`)).text()).toContain('https://api.vetlink.example');
    expect(await getStatus(`${base}/.vite/manifest.json`)).toBe(404);
    const stopped = await stop(child);
    expect(stopped.how).toBe('code 0');
    expect(stopped.ms).toBeLessThan(22_000);
  }, 60_000);

  it('runs the topic-creation script of the chart hook Job from the same output', () => {
    const printed = execFileSync(process.execPath, ['deploy/docker/ops/create-topics.js'], {
      cwd: outDirOf('job-postings'),
      env: { PATH: process.env['PATH'], KAFKA_BROKERS: testEngines.kafkaBrokers.join(',') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(printed).toContain(TOPICS.jobPostings);
    expect(printed).toContain(TOPICS.notifications);
    expect(printed).not.toContain(TOPICS.backboneProbe);
  });
});
