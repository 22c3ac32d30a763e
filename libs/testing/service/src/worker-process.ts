import { testEngines } from '@vetlink/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '../../../..');

export interface WorkerProcessSettings {
  /** The service's main.ts, relative to the repository: the worker starts as production starts it. */
  main: string;
  database: string;
  queuePrefix: string;
  /** Where its probe listener answers; without one it takes the service's default port if free. */
  port?: number;
}

/**
 * A service's worker in a process of its own (PROCESS_ROLE=worker) on the real engines, the database and
 * Redis prefix given (a test harness's, or a benchmark's); `env` adds what it shares with the API.
 */
export function startWorkerProcess(
  settings: WorkerProcessSettings,
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', settings.main], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env['PATH'],
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      PROCESS_ROLE: 'worker',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      ...(settings.port === undefined ? {} : { PORT: String(settings.port) }),
      KAFKA_BROKERS: testEngines.kafkaBrokers.join(','),
      MONGODB_URI: testEngines.mongoUri,
      MONGODB_DATABASE: settings.database,
      REDIS_URL: testEngines.redisUrl,
      QUEUE_PREFIX: settings.queuePrefix,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A TCP port nobody listens on right now (for a worker's probe listener). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Stops a worker process (SIGTERM: a graceful stop; SIGKILL: a crash) and waits until it has exited. */
export async function stopped(worker: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.kill(signal);
  await exited;
}
