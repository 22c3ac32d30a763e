// Stops the Meilisearch the global setup started (if it started one) and removes its database.
const fs = require('node:fs');

module.exports = async function meilisearchGlobalTeardown() {
  const started = globalThis.__vetlinkMeilisearch;
  if (!started) return;
  const { child, dir } = started;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  fs.rmSync(dir, { recursive: true, force: true });
};
