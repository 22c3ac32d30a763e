// Runs the config's other global setups, then makes sure a Meilisearch is there for the tests: the one
// MEILI_HOST names, or one started here from the binary (a free port on 127.0.0.1, a temporary database,
// a random master key), whose address and key the tests then read from MEILI_HOST / MEILI_MASTER_KEY.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { meilisearchSource } = require('./meilisearch');

module.exports = async function meilisearchGlobalSetup(globalConfig, projectConfig) {
  const source = meilisearchSource();
  // The other setups (the launcher's `up --engines-only`) start no Meilisearch of their own: this run's is
  // MEILI_HOST's or the one started below.
  const binary = process.env.MEILI_BIN;
  delete process.env.MEILI_BIN;
  try {
    for (const setup of JSON.parse(process.env.VETLINK_MEILI_SETUPS || '[]'))
      await require(setup)(globalConfig, projectConfig);
  } finally {
    if (binary !== undefined) process.env.MEILI_BIN = binary;
  }
  if (source.host) {
    process.stdout.write(`\nMeilisearch for these tests: ${source.host}\n`);
    return;
  }
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetlink-meili-'));
  const key = crypto.randomBytes(24).toString('hex');
  const child = spawn(
    source.binary,
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--db-path',
      path.join(dir, 'data.ms'),
      '--no-analytics',
      '--env',
      'development',
      '--log-level',
      'WARN',
    ],
    {
      env: { ...process.env, MEILI_MASTER_KEY: key },
      stdio: ['ignore', 'ignore', fs.openSync(path.join(dir, 'meilisearch.log'), 'a')],
    },
  );
  globalThis.__vetlinkMeilisearch = { child, dir };
  const host = `http://127.0.0.1:${port}`;
  await untilAvailable(host, child, dir);
  process.env.MEILI_HOST = host;
  process.env.MEILI_MASTER_KEY = key;
  process.stdout.write(
    `\nMeilisearch for these tests: started ${source.binary} on ${host} (pid ${child.pid})\n`,
  );
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function untilAvailable(host, child, dir) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const health = await (await fetch(`${host}/health`)).json();
      if (health.status === 'available') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  const log = fs.readFileSync(path.join(dir, 'meilisearch.log'), 'utf8').slice(-2000);
  throw new Error(`Meilisearch at ${host} did not become available:\n${log}`);
}
