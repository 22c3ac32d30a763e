import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { testEngines, uniqueName } from '@vetlink/testing';

const REPO_ROOT = resolve(__dirname, '../../../..');
/** Ports of this run: the launcher's plus this, so that a running `npm start` is left alone. */
const PORT_OFFSET = 600;

interface Listed {
  name: string;
  port: number;
  nodeOptions: string[];
}

function listedServices(): Listed[] {
  return readFileSync(join(REPO_ROOT, 'deploy/local/services.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .map(([name, port, options]) => ({
      name: name.trim(),
      port: Number(port),
      nodeOptions: options?.trim() ? options.trim().split(/\s+/) : [],
    }));
}

/**
 * The whole platform for one test file, started from source as the launcher starts it, on moved
 * ports, with databases, queue prefixes, consumer groups and keys of its own, against the running
 * engines; the gateway in front. Only the services the gateway routes to (and the gateway) start.
 */
export class Platform {
  readonly runId = uniqueName('e2e')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 30);
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
  private readonly piiKey = randomBytes(32).toString('base64');
  private readonly children: ChildProcess[] = [];
  private readonly logDir = join(REPO_ROOT, '.vetlink/e2e-scenarios', this.runId);

  constructor(private readonly only: readonly string[]) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${3000 + PORT_OFFSET}`;
  }

  env(name: string): NodeJS.ProcessEnv {
    return {
      ...process.env,
      SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: testEngines.kafkaBrokers.join(','),
      MONGODB_URI: testEngines.mongoUri,
      REDIS_URL: testEngines.redisUrl,
      AUTH_JWT_PUBLIC_KEY: this.publicKeyPem,
      ...(name === 'accounts' ? { AUTH_JWT_SIGNING_KEY: this.privateKeyPem } : {}),
      PII_ENCRYPTION_KEY: this.piiKey,
      UNSUBSCRIBE_SIGNING_KEY: randomBytes(32).toString('base64'),
      MONGODB_DATABASE: `${this.runId}-${name}`,
      QUEUE_PREFIX: `${this.runId}-${name}`,
      REDIS_KEY_PREFIX: `${this.runId}-${name}`.slice(0, 40),
      GATEWAY_REDIS_PREFIX: `${this.runId}-gw`,
      KAFKA_CONSUMER_GROUP_PREFIX: `${this.runId}.`,
      GATEWAY_UPSTREAM_PORT_OFFSET: String(PORT_OFFSET),
      SEARCH_SNAPSHOT_DIR: join(this.logDir, 'snapshots', name),
    };
  }

  async start(): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    const services = listedServices().filter((entry) => this.only.includes(entry.name));
    for (const entry of services) {
      const log = openSync(join(this.logDir, `${entry.name}.log`), 'w');
      const child = spawn(
        process.execPath,
        [
          ...entry.nodeOptions,
          '-r',
          '@swc-node/register',
          join(REPO_ROOT, `services/${entry.name}/src/main.ts`),
        ],
        {
          cwd: REPO_ROOT,
          stdio: ['ignore', log, log],
          env: { ...this.env(entry.name), PORT: String(entry.port + PORT_OFFSET) },
        },
      );
      closeSync(log);
      this.children.push(child);
    }
    await Promise.all(services.map((entry) => this.ready(entry)));
  }

  /** Creates accounts with the accounts administrator command (officers and staff are made only so). */
  createAccounts(
    orders: { role: string; login: string; password: string; organisationId?: string; id?: string }[],
  ) {
    const folder = mkdtempSync(join(this.logDir, 'orders-'));
    writeFileSync(join(folder, 'orders.json'), JSON.stringify(orders));
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(REPO_ROOT, 'services/accounts/scripts/create-account.ts'),
        '--batch',
        join(folder, 'orders.json'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', env: this.env('accounts') },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { userId?: string; error?: string });
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
          }),
      ),
    );
  }

  private async ready(entry: Listed): Promise<void> {
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      try {
        const answer = await fetch(`http://127.0.0.1:${entry.port + PORT_OFFSET}/health/ready`, {
          signal: AbortSignal.timeout(2000),
        });
        if (answer.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((wait) => setTimeout(wait, 500));
    }
    throw new Error(
      `${entry.name} was not ready within 150 s; see ${join(this.logDir, `${entry.name}.log`)}`,
    );
  }
}
