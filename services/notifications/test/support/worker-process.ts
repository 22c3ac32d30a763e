import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { testEngines } from '@vetlink/testing';

const WORKSPACE = path.resolve(__dirname, '../../../..');

/**
 * A delivery worker in a process of its own (PROCESS_ROLE=worker), started from main.ts as production
 * runs it, on the database and Redis prefix given; `env` adds the keys and gateways it shares with the API.
 */
export function startWorkerProcess(
  where: { database: string; queuePrefix: string; port: number },
  env: Record<string, string>,
): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'services/notifications/src/main.ts'], {
    cwd: WORKSPACE,
    env: {
      PATH: process.env['PATH'],
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      PROCESS_ROLE: 'worker',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(where.port),
      KAFKA_BROKERS: testEngines.kafkaBrokers.join(','),
      MONGODB_URI: testEngines.mongoUri,
      MONGODB_DATABASE: where.database,
      REDIS_URL: testEngines.redisUrl,
      QUEUE_PREFIX: where.queuePrefix,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A TCP port nobody listens on right now (the worker's probe listener takes it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function stopped(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.kill('SIGTERM');
  await exited;
}
