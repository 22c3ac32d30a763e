import { AGREED_SERIES } from '@vetlink/metrics';
import { uniqueName } from '@vetlink/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import Redis from 'ioredis';
import mongoose from 'mongoose';
import { connect } from 'node:net';

/**
 * The launcher's promises, on a second set of engines with their own home and ports so that the
 * engines other tests use are never touched: `up` is idempotent, `down` stops what `up` started,
 * and data survives a restart. Installed binaries are shared with the main home to skip rebuilding.
 */
const repoRoot = resolve(__dirname, '../../..');
const mainHome = process.env['VETLINK_HOME'] ?? join(repoRoot, '.vetlink');
const home = join(mainHome, 'test-homes', uniqueName('launcher'));
const ports = { kafka: 19092, controller: 19093, mongo: 27027, redis: 16379 };
const env: NodeJS.ProcessEnv = {
  ...process.env,
  VETLINK_HOME: home,
  VETLINK_KAFKA_PORT: String(ports.kafka),
  VETLINK_KAFKA_CONTROLLER_PORT: String(ports.controller),
  VETLINK_MONGO_PORT: String(ports.mongo),
  VETLINK_REDIS_PORT: String(ports.redis),
};
for (const external of ['KAFKA_BROKERS', 'MONGODB_URI', 'REDIS_URL']) delete env[external];

const launcher = (...args: string[]) =>
  execFileSync('bash', [join(repoRoot, 'deploy/local/vetlink'), ...args], {
    env,
    encoding: 'utf8',
    // The whole platform (`up` without --engines-only) starts twelve services from source.
    timeout: args[0] === 'up' && args.length === 1 ? 900_000 : 240_000,
  });

const pidOf = (engine: string) => {
  const status = launcher('status');
  return status.match(new RegExp(`^${engine}\\s+running \\(pid (\\d+)\\)`, 'm'))?.[1];
};

const isAlive = (pid: string) => {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};

const mongoUri = `mongodb://127.0.0.1:${ports.mongo}`;
/** The launcher writes its Redis's URL, password included, beside its pid files. */
const redisUrl = () => readFileSync(join(home, 'run/redis.url'), 'utf8').trim();
const kafka = new Kafka({
  clientId: 'launcher-e2e',
  brokers: [`127.0.0.1:${ports.kafka}`],
  logLevel: logLevel.NOTHING,
});

/** A PING without credentials, over a bare socket: Redis's first answer line. */
const rawRedisPing = (port: number) =>
  new Promise<string>((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      done(data.toString().trim());
      socket.destroy();
    });
    socket.once('error', fail);
  });

const services = readFileSync(join(repoRoot, 'deploy/local/services.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, port] = line.split('\t');
    return { name: name as string, port: Number(port) };
  });

/** A sample line of `series` carrying every given label, in whatever order the labels come. */
const sampleLine = (series: string, labels: Record<string, string>) =>
  new RegExp(
    `^${series}\\{${Object.entries(labels)
      .map(([name, value]) => `(?=[^}]*${name}="${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}")`)
      .join('')}[^}]*\\} \\S+$`,
    'm',
  );

const scrape = async (port: number, headers: Record<string, string> = {}) => {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`, { headers });
  return { status: response.status, text: await response.text() };
};

let worker: ChildProcess | undefined;

describe('deploy/local/vetlink', () => {
  beforeAll(() => {
    mkdirSync(join(home, 'kafka'), { recursive: true });
    if (existsSync(join(mainHome, 'bin'))) symlinkSync(join(mainHome, 'bin'), join(home, 'bin'));
    if (existsSync(join(mainHome, 'kafka/lib')))
      symlinkSync(join(mainHome, 'kafka/lib'), join(home, 'kafka/lib'));
  });

  afterAll(() => {
    worker?.kill('SIGTERM');
    launcher('down');
    rmSync(home, { recursive: true, force: true });
  });

  it('starts all three engines, and a second up is a no-op', () => {
    launcher('up', '--engines-only');
    const pids = ['kafka', 'ferretdb', 'redis'].map(pidOf);
    expect(pids.every(Boolean)).toBe(true);

    const second = launcher('up', '--engines-only');
    expect(second).toMatch(/kafka: already running/);
    expect(second).toMatch(/ferretdb: already running/);
    expect(second).toMatch(/redis: already running/);
    expect(['kafka', 'ferretdb', 'redis'].map(pidOf)).toEqual(pids);
  });

  it('gives Redis a password kept in keys/, and FerretDB no debug listener', async () => {
    const password = readFileSync(join(home, 'keys/redis.password'), 'utf8').trim();
    expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(redisUrl()).toBe(`redis://:${password}@127.0.0.1:${ports.redis}`);
    expect(await rawRedisPing(ports.redis)).toMatch(/^-NOAUTH/);
    const authorised = new Redis(redisUrl());
    expect(await authorised.ping()).toBe('PONG');
    await authorised.quit();
    expect(
      execFileSync('ps', ['-o', 'args=', '-p', pidOf('redis') as string], { encoding: 'utf8' }),
    ).not.toContain(password);
    expect(
      execFileSync('ps', ['-o', 'args=', '-p', pidOf('ferretdb') as string], { encoding: 'utf8' }),
    ).toContain('--debug-addr=-');
  });

  it('starts every service, each with /metrics naming the agreed series, and a worker with its probes', async () => {
    // The demo data is not what this checks: marked as loaded, `up` skips seeding it.
    writeFileSync(join(home, 'demo-seeded'), '');
    launcher('up');
    for (const { name, port } of services) {
      const { status, text } = await scrape(port);
      expect({ name, status }).toEqual({ name, status: 200 });
      for (const series of AGREED_SERIES)
        expect({ name, has: text.includes(`# TYPE ${series} `) }).toEqual({ name, has: true });
      expect(text).toMatch(sampleLine('process_cpu_user_seconds_total', { service: name }));
      // The launcher polled /health/ready until the service was ready: those requests were timed.
      expect({
        name,
        timed: sampleLine('http_request_duration_seconds_count', {
          service: name,
          route: '/health/ready',
        }).test(text),
      }).toEqual({ name, timed: true });
    }
    // Consumers report the lag of their partitions, services with queues their depths, writers their
    // outboxes: read from the engines on scrape, so a first scrape may come before the first reading.
    const portOf = (name: string) => services.find((service) => service.name === name)!.port;
    await scrapedEventually(
      portOf('matching'),
      sampleLine('vetlink_kafka_consumer_lag', { service: 'matching', group: 'matching.read-model' }),
    );
    await scrapedEventually(
      portOf('notifications'),
      sampleLine('vetlink_kafka_consumer_lag', { service: 'notifications' }),
    );
    await scrapedEventually(
      portOf('notifications'),
      sampleLine('vetlink_queue_jobs', { service: 'notifications', state: 'waiting' }),
    );
    await scrapedEventually(
      portOf('recommendations'),
      sampleLine('vetlink_queue_jobs', { service: 'recommendations', state: 'waiting' }),
    );
    await scrapedEventually(
      portOf('job-postings'),
      sampleLine('vetlink_outbox_backlog', { service: 'job-postings' }),
    );

    // Not through the gateway: neither a service's metrics nor, through the ingress, the gateway's own.
    const gateway = services.find((service) => service.name === 'gateway')!.port;
    expect((await fetch(`http://127.0.0.1:${gateway}/api/incubation/metrics`)).status).toBe(404);
    expect((await scrape(gateway, { 'x-forwarded-for': '203.0.113.5' })).status).toBe(404);

    // A recommendations worker (PROCESS_ROLE=worker): no API, but its probes and metrics on its PORT.
    const workerPort = 3195;
    const keys = join(home, 'keys');
    worker = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(repoRoot, 'services/recommendations/src/main.ts')],
      {
        cwd: repoRoot,
        env: {
          ...env,
          SWC_NODE_PROJECT: join(repoRoot, 'tsconfig.base.json'),
          PROCESS_ROLE: 'worker',
          PORT: String(workerPort),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          KAFKA_BROKERS: `127.0.0.1:${ports.kafka}`,
          MONGODB_URI: `${mongoUri}/?maxPoolSize=1`,
          REDIS_URL: redisUrl(),
          PII_ENCRYPTION_KEY: readFileSync(join(keys, 'pii.key'), 'utf8').trim(),
          UNSUBSCRIBE_SIGNING_KEY: readFileSync(join(keys, 'unsubscribe.key'), 'utf8').trim(),
        },
        stdio: 'ignore',
      },
    );
    const ready = await waitForAnswer(`http://127.0.0.1:${workerPort}/health/ready`, 180_000);
    expect(ready).toBe(200);
    expect((await fetch(`http://127.0.0.1:${workerPort}/health/live`)).status).toBe(200);
    const workerMetrics = await scrape(workerPort);
    expect(workerMetrics.status).toBe(200);
    for (const series of AGREED_SERIES) expect(workerMetrics.text).toContain(`# TYPE ${series} `);
    expect(workerMetrics.text).toMatch(
      sampleLine('process_cpu_user_seconds_total', { service: 'recommendations' }),
    );
    expect((await fetch(`http://127.0.0.1:${workerPort}/docs`)).status).toBe(404);
    worker.kill('SIGTERM');
  }, 1_200_000);

  // With the services' topics on the broker (the test above), Kafka takes longer to stop and start.
  it('keeps data across down and up', async () => {
    const connection = await mongoose.createConnection(mongoUri, { dbName: 'launcher-e2e' }).asPromise();
    await connection.collection('veterans').insertOne({ _id: 'vet-1' as never, name: '李强' });
    await connection.close();
    const redis = new Redis(redisUrl());
    await redis.set('digest:vet-1', '2026-W48');
    await redis.quit();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'launcher-e2e', numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();

    const pids = ['kafka', 'ferretdb', 'redis'].map(pidOf) as string[];
    launcher('down');
    expect(pids.filter(isAlive)).toEqual([]);
    expect(launcher('status')).toMatch(/kafka\s+stopped/);

    launcher('up', '--engines-only');
    const reopened = await mongoose.createConnection(mongoUri, { dbName: 'launcher-e2e' }).asPromise();
    expect(await reopened.collection('veterans').findOne({ _id: 'vet-1' as never })).toMatchObject({
      name: '李强',
    });
    await reopened.close();
    const redisAgain = new Redis(redisUrl());
    expect(await redisAgain.get('digest:vet-1')).toBe('2026-W48');
    await redisAgain.quit();
    const adminAgain = kafka.admin();
    await adminAgain.connect();
    expect(await adminAgain.listTopics()).toContain('launcher-e2e');
    await adminAgain.disconnect();
  }, 300_000);
});

/** The status of the first answer from `url` (connection refused is retried until the deadline). */
async function waitForAnswer(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status === 200 || Date.now() > deadline) return response.status;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Scrapes until a sample matches (readings on scrape are cached 5–15 s and bounded by 1.5 s). */
async function scrapedEventually(port: number, sample: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { text } = await scrape(port);
    if (sample.test(text)) return;
    if (Date.now() > deadline) expect(text).toMatch(sample);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
