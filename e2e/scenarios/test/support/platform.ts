import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  createMissingTopics,
  dropRedisKeys,
  dropTestDatabase,
  testEngines,
  uniqueName,
} from '@vetlink/testing';
import { Kafka, logLevel } from 'kafkajs';
import { startGroupAtEnd, TEST_FETCH_WAIT_MS } from '@vetlink/testing/service';

const REPO_ROOT = resolve(__dirname, '../../../..');
/** Ports of this run: the launcher's plus this, so that a running `npm start` is left alone. */
const PORT_OFFSET = 600;

interface Listed {
  name: string;
  port: number;
  nodeOptions: string[];
}

/** Every service `npm start` starts (deploy/local/services.tsv), the gateway and accounts among them. */
export function listedServiceNames(): string[] {
  return listedServices().map((entry) => entry.name);
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

  /**
   * `startAtEnd`: consumer groups (name after the run's prefix, e.g. `notifications.notify`) that begin
   * at the topics' ends instead of reading the shared topics' whole history: a new group otherwise spends
   * its first tens of seconds on other runs' events, and a scenario's own event waits behind them.
   * `settings`: variables of one service beyond the platform's (e.g. mentors' reminder offsets).
   */
  constructor(
    private readonly only: readonly string[],
    private readonly startAtEnd: Readonly<Record<string, readonly string[]>> = {},
    private readonly settings: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  ) {
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
      // A stop waits for each consumer's fetch in flight: 250 ms instead of kafkajs' 5 s.
      KAFKA_CONSUMER_MAX_WAIT_MS: process.env['KAFKA_CONSUMER_MAX_WAIT_MS'] || String(TEST_FETCH_WAIT_MS),
      GATEWAY_UPSTREAM_PORT_OFFSET: String(PORT_OFFSET),
      SEARCH_SNAPSHOT_DIR: join(this.logDir, 'snapshots', name),
      ...this.settings[name],
    };
  }

  async start(): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    // On a fresh broker no service has created its topics yet: a group cannot be placed at the end of
    // a topic that does not exist.
    await createMissingTopics(testEngines.kafkaBrokers, Object.values(this.startAtEnd).flat());
    await Promise.all(
      Object.entries(this.startAtEnd).map(([group, topics]) =>
        startGroupAtEnd(testEngines.kafkaBrokers, `${this.runId}.${group}`, topics),
      ),
    );
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

  /**
   * Creates accounts with the accounts administrator command (officers and staff are made only so).
   * Asynchronous on purpose: a blocked event loop would reuse connections the gateway closed meanwhile.
   */
  async createAccounts(
    orders: { role: string; login: string; password: string; organisationId?: string; id?: string }[],
  ): Promise<{ userId?: string; error?: string }[]> {
    const folder = mkdtempSync(join(this.logDir, 'orders-'));
    writeFileSync(join(folder, 'orders.json'), JSON.stringify(orders));
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(REPO_ROOT, 'services/accounts/scripts/create-account.ts'),
        '--batch',
        join(folder, 'orders.json'),
      ],
      { cwd: REPO_ROOT, env: this.env('accounts'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    if (code !== 0) throw new Error(stderr);
    return stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { userId?: string; error?: string });
  }

  /** Stops the services, then forgets the run: its consumer groups, databases and Redis keys. */
  async stop(): Promise<void> {
    await this.stopServices();
    await this.withAdmin(async (admin) => {
      const { groups } = await admin.listGroups();
      const ours = groups
        .map((group) => group.groupId)
        .filter((groupId) => groupId.startsWith(`${this.runId}.`));
      if (ours.length > 0) await admin.deleteGroups(ours).catch(() => undefined);
    });
    for (const name of this.only) await dropTestDatabase(`${this.runId}-${name}`).catch(() => undefined);
    await dropRedisKeys(this.runId).catch(() => undefined);
  }

  private async withAdmin(work: (admin: ReturnType<Kafka['admin']>) => Promise<void>): Promise<void> {
    const admin = new Kafka({
      clientId: 'e2e-scenarios',
      brokers: testEngines.kafkaBrokers,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      await work(admin);
    } finally {
      await admin.disconnect();
    }
  }

  private async stopServices(): Promise<void> {
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
