// Jest settings for the suites that run on a real Meilisearch (the `integration-meilisearch` targets).
// A Meilisearch is: MEILI_HOST (and MEILI_MASTER_KEY), e.g. the one the launcher started; else one this
// Jest run starts from MEILI_BIN or a `meilisearch` on the PATH and stops at the end; else none, and the
// run has no tests and says why (no package registry carries Meilisearch, so it may well be missing).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** MEILI_BIN (relative to the workspace root when not absolute), else `meilisearch` on the PATH. */
function meilisearchBinary() {
  const given = process.env.MEILI_BIN?.trim();
  if (given) return path.resolve(path.join(__dirname, '../../..'), given);
  try {
    return execFileSync('bash', ['-c', 'command -v meilisearch'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Where the suite's Meilisearch comes from, or why there is none. */
function meilisearchSource() {
  if (process.env.MEILI_HOST?.trim()) return { host: process.env.MEILI_HOST.trim() };
  const binary = meilisearchBinary();
  if (binary && fs.existsSync(binary)) return { binary };
  if (binary) return { reason: `MEILI_BIN=${process.env.MEILI_BIN} does not exist` };
  return {
    reason:
      'no Meilisearch here: set MEILI_HOST, or MEILI_BIN to a meilisearch binary, or put one on the PATH',
  };
}

/**
 * A Jest config running on Meilisearch: `setups` (global setup modules, e.g. the engines' one) run
 * first, then the Meilisearch one. Without any Meilisearch the config matches no test and prints why.
 */
function onMeilisearch(config, setups = []) {
  const source = meilisearchSource();
  if (source.reason) {
    process.stdout.write(`\n[${config.displayName}] SKIPPED, no test runs: ${source.reason}\n\n`);
    return {
      ...config,
      testMatch: ['<rootDir>/no-meilisearch-so-no-tests/**'],
      passWithNoTests: true,
      globalSetup: undefined,
    };
  }
  const own = config.globalSetup ? [config.globalSetup] : [];
  process.env.VETLINK_MEILI_SETUPS = JSON.stringify([...own, ...setups]);
  return {
    ...config,
    globalSetup: path.join(__dirname, 'meilisearch-global-setup.js'),
    globalTeardown: path.join(__dirname, 'meilisearch-global-teardown.js'),
  };
}

module.exports = { onMeilisearch, meilisearchSource };
