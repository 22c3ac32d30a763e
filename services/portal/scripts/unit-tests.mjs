// portal:test — runs vitest and leaves a Jest-shaped JSON report where the test summary reads it
// (.vetlink/reports/jest/portal.unit.json, deploy/local/test-summary.ts). Vitest's JSON reporter is
// Jest's format but has no numRuntimeErrorTestSuites; a file that failed to load (no test ran in it)
// is counted there, so that a broken suite can never read as green.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const report = join(root, '.vetlink/reports/jest/portal.unit.json');
mkdirSync(dirname(report), { recursive: true });

const run = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    join(root, 'services/portal/vite.config.ts'),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { cwd: root, stdio: 'inherit' },
);

try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  json.numRuntimeErrorTestSuites = (json.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
  ).length;
  writeFileSync(report, JSON.stringify(json));
} catch {
  // no report: the summary counts the missing report as a failure
}
process.exit(run.status ?? 1);
