import { MENTOR_TOPICS, TOPICS } from '@vetlink/contracts';
import { startGroupAtEnd, testEngines, uniqueName } from '@vetlink/testing';
import type { TestServiceKit } from '@vetlink/testing/service';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadIncubatorsConfig } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';

const repoRoot = join(__dirname, '../../../..');

export interface InstanceProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts an instance of the service in a child process on the test's database; resolves once it listens. */
export async function startInstanceProcess(kit: TestServiceKit, index: number): Promise<InstanceProcess> {
  const consumerGroup = uniqueName(`it-instance-${index}`);
  await startGroupAtEnd(testEngines.kafkaBrokers, `${SERVICE_NAME}.${consumerGroup}`, [
    TOPICS.veteranProfiles,
    MENTOR_TOPICS.mentors,
  ]);
  const defaults = loadIncubatorsConfig({ AUTH_JWT_PUBLIC_KEY: kit.auth.publicKey }).service;
  const config = { service: { ...defaults, ...kit.service, LOG_LEVEL: 'warn' }, auth: kit.auth };
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'services/incubators/test/support/instance-process.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        INCUBATORS_INSTANCE_CONFIG: JSON.stringify({ config, consumerGroup }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening (\d+)/.exec(output);
      if (found) resolve(Number(found[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`instance ${index} exited (${code}): ${errors.slice(-2000)}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
