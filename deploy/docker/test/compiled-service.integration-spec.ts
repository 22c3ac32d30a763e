import { TOPICS } from '@vetlink/contracts';
import {
  deleteConsumerGroup,
  dropTestDatabase,
  startGroupAtEnd,
  testEngines,
  uniqueName,
} from '@vetlink/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { compileService } from '../build/compile-service';

/**
 * The image's build, proven without a Docker engine: job-postings compiled to plain JavaScript exactly as
 * the Dockerfile compiles it, started as the image starts it (`node --enable-source-maps main.js`, no
 * TypeScript loader, NODE_ENV=production, listening on every interface) on the local engines, ready
 * (/health/ready 200), and stopped by SIGTERM within the pod's grace; the topic-creation script of the
 * chart's hook Job runs from the same output.
 */
const repoRoot = resolve(__dirname, '../../..');
const home = process.env['VETLINK_HOME'] ?? join(repoRoot, '.vetlink');
const outDir = join(home, 'test-homes', uniqueName('compiled'), 'app');
const database = uniqueName('it-compiled-job-postings');
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

const productionEnv = (port: number): NodeJS.ProcessEnv => ({
  PATH: process.env['PATH'],
  NODE_ENV: 'production',
  HOST: '0.0.0.0',
  PORT: String(port),
  KAFKA_BROKERS: testEngines.kafkaBrokers.join(','),
  KAFKA_CONSUMER_GROUP_PREFIX: groupPrefix,
  MONGODB_URI: testEngines.mongoUri,
  MONGODB_DATABASE: database,
  REDIS_URL: testEngines.redisUrl,
  // Keys of this test's own, as a Secret would hand them to the pod.
  AUTH_JWT_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString(),
  PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  LOG_LEVEL: 'warn',
});

async function getStatus(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return undefined;
  }
}

describe('a service compiled for its image', () => {
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(() => {
    mkdirSync(outDir, { recursive: true });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(resolve(outDir, '..'), { recursive: true, force: true });
    await dropTestDatabase(database);
    await deleteConsumerGroup(testEngines.kafkaBrokers, consumerGroup);
  });

  it('compiles main.ts and every file it imports, with no development dependency', () => {
    const result = compileService('job-postings', outDir);
    expect(result.main).toBe('services/job-postings/src/main.js');
    expect(existsSync(join(outDir, result.main))).toBe(true);
    expect(result.files.some((file) => file.startsWith('libs/http/src/'))).toBe(true);
    expect(result.files.some((file) => /\.(spec|integration-spec)\.ts$/.test(file))).toBe(false);
    expect(result.packages).toEqual(expect.arrayContaining(['@nestjs/core', 'kafkajs', 'mongoose']));
    // Nest's injection reads constructor parameter types from the metadata SWC emits.
    const module = readFileSync(join(outDir, 'libs/health/src/lib/health.controller.js'), 'utf8');
    expect(module).toContain('design:paramtypes');
    expect(module).not.toMatch(/require\("@vetlink\//);
  });

  it('starts with production settings on the local engines, answers /health/ready 200, stops on SIGTERM', async () => {
    await startGroupAtEnd(testEngines.kafkaBrokers, consumerGroup, [TOPICS.veteranProfiles]);
    const port = await freePort();
    const started = Date.now();
    const running = spawn(process.execPath, ['--enable-source-maps', 'services/job-postings/src/main.js'], {
      cwd: outDir,
      env: productionEnv(port),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = running;
    running.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    running.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));

    let ready: number | undefined;
    while (Date.now() - started < 90_000 && running.exitCode === null) {
      ready = await getStatus(`http://127.0.0.1:${port}/health/ready`);
      if (ready === 200) break;
      await new Promise((done) => setTimeout(done, 500));
    }
    if (ready !== 200) throw new Error(`not ready (last ${ready}, exit ${running.exitCode}): ${output}`);
    process.stdout.write(`compiled job-postings ready in ${Date.now() - started} ms\n`);
    expect(await getStatus(`http://127.0.0.1:${port}/health/live`)).toBe(200);

    const stopping = Date.now();
    const exited = new Promise<string>((done) =>
      running.once('exit', (code, signal) => done(signal ?? `code ${code}`)),
    );
    running.kill('SIGTERM');
    const how = await exited;
    const stopMs = Date.now() - stopping;
    process.stdout.write(`compiled job-postings stopped in ${stopMs} ms (${how})\n`);
    // terminationGracePeriodSeconds in the chart is 30 s for job-postings.
    expect(stopMs).toBeLessThan(30_000);
  }, 150_000);

  it('runs the topic-creation script of the chart hook Job from the same output', () => {
    const printed = execFileSync(process.execPath, ['deploy/docker/ops/create-topics.js'], {
      cwd: outDir,
      env: { PATH: process.env['PATH'], KAFKA_BROKERS: testEngines.kafkaBrokers.join(',') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(printed).toContain(TOPICS.jobPostings);
    expect(printed).toContain(TOPICS.notifications);
    expect(printed).not.toContain(TOPICS.backboneProbe);
  });
});
