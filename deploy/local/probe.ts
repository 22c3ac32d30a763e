/**
 * Readiness probe used by the launcher: an engine is ready when a real client gets a real answer
 * (kafkajs lists topics, mongoose pings, ioredis gets PONG, Meilisearch says it is available and
 * answers an authenticated request with the key in MEILI_MASTER_KEY). Retries until the deadline.
 * Usage: probe.ts <kafka|mongodb|redis|meilisearch> <address> [timeoutSeconds]
 */
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import Redis from 'ioredis';

type Probe = (address: string) => Promise<string>;

const probes: Record<string, Probe> = {
  async kafka(brokers) {
    const admin = new Kafka({
      clientId: 'vetlink-probe',
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    }).admin();
    try {
      await admin.connect();
      const topics = await admin.listTopics();
      return `${topics.length} topics`;
    } finally {
      await admin.disconnect();
    }
  },
  async mongodb(uri) {
    const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 2000 }).asPromise();
    try {
      await connection.db!.admin().ping();
      const info = await connection.db!.admin().command({ buildInfo: 1 });
      return `ping ok, ${info['ferretdbVersion'] ? `FerretDB ${info['ferretdbVersion']}` : `MongoDB ${info['version']}`}`;
    } finally {
      await connection.close();
    }
  },
  async redis(url) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await client.connect();
      const pong = await client.ping();
      const policy = (await client.config('GET', 'maxmemory-policy')) as string[];
      return `${pong}, maxmemory-policy ${policy[1]}`;
    } finally {
      client.disconnect();
    }
  },
  async meilisearch(host) {
    const base = host.replace(/\/+$/, '');
    const health = (await (await fetch(`${base}/health`)).json()) as { status?: string };
    if (health.status !== 'available') throw new Error(`/health says ${JSON.stringify(health)}`);
    const key = process.env['MEILI_MASTER_KEY'];
    const response = await fetch(`${base}/version`, {
      headers: key ? { Authorization: `Bearer ${key}` } : {},
    });
    if (!response.ok) throw new Error(`/version answered ${response.status} (is MEILI_MASTER_KEY right?)`);
    const { pkgVersion } = (await response.json()) as { pkgVersion?: string };
    return `available, Meilisearch ${pkgVersion}`;
  },
};

async function main(): Promise<void> {
  const [engine, address, timeout = '120'] = process.argv.slice(2);
  const probe = probes[engine ?? ''];
  if (!probe || !address)
    throw new Error('usage: probe.ts <kafka|mongodb|redis|meilisearch> <address> [timeoutSeconds]');
  const deadline = Date.now() + Number(timeout) * 1000;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      console.log(await probe(address));
      return;
    } catch (error) {
      lastError = (error as Error).message;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${engine} at ${address} not ready after ${timeout}s: ${lastError}`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
