import { uniqueName } from '@vetlink/testing';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
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
    timeout: 240_000,
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

describe('deploy/local/vetlink', () => {
  beforeAll(() => {
    mkdirSync(join(home, 'kafka'), { recursive: true });
    if (existsSync(join(mainHome, 'bin'))) symlinkSync(join(mainHome, 'bin'), join(home, 'bin'));
    if (existsSync(join(mainHome, 'kafka/lib')))
      symlinkSync(join(mainHome, 'kafka/lib'), join(home, 'kafka/lib'));
  });

  afterAll(() => {
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
  });
});
