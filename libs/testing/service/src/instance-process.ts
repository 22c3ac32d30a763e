import type { DynamicModule, INestApplication } from '@nestjs/common';
import { bootstrapService } from '@vetlink/http';
import { testEngines, uniqueName } from '@vetlink/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { useShortFetchWaits } from './fetch-wait';
import { startGroupAtEnd } from './group-at-end';

const REPO_ROOT = join(__dirname, '../../../..');
const CONFIG_VARIABLE = 'VETLINK_INSTANCE_CONFIG';

/** One more instance of a service under test, in a process of its own with its own connections. */
export interface InstanceProcess {
  url: string;
  stop(): Promise<void>;
}

export interface InstanceProcessOptions {
  /** The script, relative to the repository, that calls `serveInstance` for the service. */
  script: string;
  /** The service's name, which prefixes its consumer groups. */
  serviceName: string;
  /** The topics the instance consumes: its group starts at their end, like the harness's. */
  consumedTopics: readonly string[];
  /** The service's whole configuration, as its `AppModule.register` takes it. */
  config: unknown;
  index: number;
}

/**
 * Starts an instance of the service in a child process (for races between instances: only separate
 * connections show what the database decides); resolves with its URL once it listens.
 */
export async function startInstanceProcess(options: InstanceProcessOptions): Promise<InstanceProcess> {
  const consumerGroup = uniqueName(`it-instance-${options.index}`);
  await startGroupAtEnd(
    testEngines.kafkaBrokers,
    `${options.serviceName}.${consumerGroup}`,
    options.consumedTopics,
  );
  useShortFetchWaits(); // the child inherits it
  const child = spawn(process.execPath, ['-r', '@swc-node/register', options.script], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      [CONFIG_VARIABLE]: JSON.stringify({ config: options.config, consumerGroup }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await listeningPort(child, options.index);
  return { url: `http://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}

function listeningPort(child: ChildProcess, index: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
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
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The child's side: reads the configuration `startInstanceProcess` passed, serves the service's API on a
 * free port of 127.0.0.1 and prints `listening <port>` once it takes requests.
 */
export function serveInstance<Config>(
  title: string,
  moduleFor: (config: Config, consumerGroup: string) => DynamicModule,
): void {
  const serve = async () => {
    const { config, consumerGroup } = JSON.parse(process.env[CONFIG_VARIABLE] ?? '{}') as {
      config: Config;
      consumerGroup: string;
    };
    const app = (await bootstrapService(moduleFor(config, consumerGroup), {
      title,
      description: 'an instance for a race test',
      host: '127.0.0.1',
      port: 0,
      role: 'api',
    })) as INestApplication;
    const address = app.getHttpServer().address() as { port: number };
    process.stdout.write(`listening ${address.port}\n`);
    const stop = () => app.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  };
  serve().catch((error: Error) => {
    process.stderr.write(`instance failed: ${error.stack}\n`);
    process.exit(1);
  });
}
