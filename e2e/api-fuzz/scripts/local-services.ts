import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testEngines } from '@vetlink/testing';
import { Kafka, logLevel } from 'kafkajs';

export const repoRoot = resolve(__dirname, '../../..');
export const vetlinkHome = process.env['VETLINK_HOME'] ?? join(repoRoot, '.vetlink');

export interface ServiceEntry {
  name: string;
  /** The launcher's port; runs here add an offset so that they never meet the launcher's services. */
  port: number;
  nodeOptions: string[];
}

/** The services the launcher starts, from deploy/local/services.tsv (the one list of them). */
export function listedServices(only?: readonly string[]): ServiceEntry[] {
  const rows = readFileSync(join(repoRoot, 'deploy/local/services.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  return rows
    .map(([name, port, options]) => ({
      name: name.trim(),
      port: Number(port),
      nodeOptions: options?.trim() ? options.trim().split(/\s+/) : [],
    }))
    .filter((entry) => !only?.length || only.includes(entry.name));
}

export interface RunningService {
  name: string;
  baseUrl: string;
  logFile: string;
  /** Whether the process has ended (it crashed, or was stopped). */
  hasExited(): boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Names this run's databases, queue prefixes and logs so that nothing is shared with other runs. */
  runId: string;
  portOffset: number;
  /** The public half of the key the run mints its tokens with. */
  jwtPublicKey: string;
  logDir: string;
}

/**
 * Starts a service from source as the launcher does (deploy/local/lib/services.sh), on 127.0.0.1, against
 * the running engines (KAFKA_BROKERS, MONGODB_URI, REDIS_URL from the environment, else the local ones),
 * with a database and queue prefix of its own and throwaway keys.
 */
export function startService(entry: ServiceEntry, options: StartOptions): RunningService {
  const port = entry.port + options.portOffset;
  mkdirSync(options.logDir, { recursive: true });
  const logFile = join(options.logDir, `${entry.name}.log`);
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [...entry.nodeOptions, '-r', '@swc-node/register', join(repoRoot, `services/${entry.name}/src/main.ts`)],
    {
      cwd: repoRoot,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        REDIS_URL: testEngines.redisUrl,
        SWC_NODE_PROJECT: join(repoRoot, 'tsconfig.base.json'),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
        AUTH_JWT_PUBLIC_KEY: options.jwtPublicKey,
        PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        UNSUBSCRIBE_SIGNING_KEY: randomBytes(32).toString('base64'),
        MONGODB_DATABASE: `${options.runId}-${entry.name}`,
        QUEUE_PREFIX: `${options.runId}-${entry.name}`,
        // Consumer groups of their own: a run never takes partitions from the launcher's services.
        KAFKA_CONSUMER_GROUP_PREFIX: `${options.runId}.`,
        SEARCH_SNAPSHOT_DIR: join(options.logDir, 'snapshots', entry.name),
        // The gateway reaches this run's services, on their moved ports.
        GATEWAY_UPSTREAM_PORT_OFFSET: String(options.portOffset),
      },
    },
  );
  closeSync(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    name: entry.name,
    baseUrl: `http://127.0.0.1:${port}`,
    logFile,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until the service answers ready, or fails naming its log. */
export async function waitUntilReady(service: RunningService, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.hasExited()) throw new Error(`${service.name} exited while starting; see ${service.logFile}`);
    try {
      const response = await fetch(`${service.baseUrl}/health/ready`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${service.name} not ready after ${timeoutMs / 1000}s; see ${service.logFile}`);
}

/** A run id that is a valid database name and queue prefix (no `:`), unique per run. */
export function newRunId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
}

/** Each service's consumer group (as its app module names it); one not listed here is `events`. */
const CONSUMER_GROUPS: Readonly<Record<string, string>> = {
  matching: 'read-model',
  notifications: 'notify',
  recommendations: 'read-model',
};

/** A service's topic (`<domain>.<stream>`), not a dead-letter, probe or test topic. */
const SERVICE_TOPIC = /^[a-z]+\.[a-z-]+$/;

/**
 * Starts the run's consumer groups at the end of every service topic, as the integration tests do: the
 * run's services then handle only what happens during the run, instead of replaying the engines' history
 * first (minutes on a machine that ran the benchmarks). A group named wrongly above only replays.
 */
export async function startRunGroupsAtEnd(runId: string, entries: readonly ServiceEntry[]): Promise<void> {
  const brokers = testEngines.kafkaBrokers;
  const admin = new Kafka({ clientId: 'api-fuzz-groups', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(
      (topic) => SERVICE_TOPIC.test(topic) && topic !== 'backbone.probe',
    );
    const ends = await Promise.all(
      topics.map(async (topic) => ({
        topic,
        partitions: (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({
          partition,
          offset: high,
        })),
      })),
    );
    await Promise.all(
      entries.map(async (entry) => {
        const groupId = `${runId}.${entry.name}.${CONSUMER_GROUPS[entry.name] ?? 'events'}`;
        for (const end of ends) await admin.setOffsets({ groupId, ...end });
      }),
    );
  } finally {
    await admin.disconnect();
  }
}

/** Deletes the consumer groups a run's services made (`<runId>.<service>.<group>`), once they stopped. */
export async function deleteRunGroups(runId: string): Promise<void> {
  const brokers = testEngines.kafkaBrokers;
  const admin = new Kafka({ clientId: 'api-fuzz-cleanup', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ours = groups.map((group) => group.groupId).filter((groupId) => groupId.startsWith(`${runId}.`));
    if (ours.length > 0) await admin.deleteGroups(ours).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
