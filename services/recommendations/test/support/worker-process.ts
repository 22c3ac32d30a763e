import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { testEngines } from '@vetlink/testing';

const WORKSPACE = path.resolve(__dirname, '../../../..');

/**
 * A digest worker in a process of its own (PROCESS_ROLE=worker), as production runs them, on the
 * database and Redis prefix given (a test harness's, or a benchmark's).
 */
export function startWorkerProcess(
  where: { database: string; queuePrefix: string },
  env: Record<string, string> = {},
): ChildProcess {
  const worker = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'services/recommendations/src/main.ts'],
    {
      cwd: WORKSPACE,
      env: {
        PATH: process.env['PATH'],
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        PROCESS_ROLE: 'worker',
        LOG_LEVEL: 'warn',
        KAFKA_BROKERS: testEngines.kafkaBrokers.join(','),
        MONGODB_URI: testEngines.mongoUri,
        MONGODB_DATABASE: where.database,
        REDIS_URL: testEngines.redisUrl,
        QUEUE_PREFIX: where.queuePrefix,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return worker;
}

export async function stopped(worker: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.kill(signal);
  await exited;
}
