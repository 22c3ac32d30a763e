import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { testEngines } from '@vetlink/testing';
import type { RecommendationsConfig } from '../../src/config';

const WORKSPACE = path.resolve(__dirname, '../../../..');

/**
 * A digest worker in a process of its own (PROCESS_ROLE=worker), as production runs them: the same
 * database and Redis prefix as the harness, so it takes the harness's runs.
 */
export function startWorkerProcess(
  config: RecommendationsConfig,
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
        MONGODB_DATABASE: config.service.MONGODB_DATABASE,
        REDIS_URL: testEngines.redisUrl,
        QUEUE_PREFIX: config.service.QUEUE_PREFIX,
        DIGEST_LOCK_MS: String(config.digest.lockMs),
        DIGEST_BACKOFF_MS: String(config.digest.backoffMs),
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
