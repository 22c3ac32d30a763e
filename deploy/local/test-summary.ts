/**
 * Adds up the Jest JSON reports of a test run and prints `N passed, M failed` alone on the last line.
 * A suite that could not run (compile error, crashed global setup) and an expected report that is
 * missing (the runner died) each count as a failure, so a broken run can never read as green; so does
 * each line of `checks-failed.txt` in the reports folder (a formatting, lint or typecheck step that failed).
 * Usage: test-summary.ts <reports-dir> <expected report names...>
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites: number;
  numPendingTests: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/**
 * The last lines of a run are all a CI record may keep: each failure is named there, by file and test,
 * with the first line of what it said.
 */
function failuresOf(report: JestReport): string[] {
  return (report.testResults ?? []).flatMap((suite) => {
    const file = relative(process.cwd(), suite.name);
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failedTests.length > 0)
      return failedTests.map(
        (test) => `${file} › ${test.fullName}\n      ${firstLines(test.failureMessages?.[0], 3)}`,
      );
    return suite.status === 'failed'
      ? [`${file} (the suite did not run: ${firstLines(suite.message, 1)})`]
      : [];
  });
}

function firstLines(message: string | undefined, count: number): string {
  const lines = stripVTControlCharacters(message ?? '')
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text !== '' && !text.startsWith('at '))
    .slice(0, count);
  return lines.length > 0 ? lines.join(' | ').slice(0, 400) : 'no message';
}

const [reportsDir, ...expected] = process.argv.slice(2);
if (!reportsDir || expected.length === 0)
  throw new Error('usage: test-summary.ts <reports-dir> <expected...>');

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of expected) {
  const file = join(reportsDir, `${name}.json`);
  if (!existsSync(file)) {
    failed += 1;
    console.log(`  ${name}: no report (the test run did not complete)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as JestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  skipped += report.numPendingTests;
  console.log(`  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  for (const failure of failuresOf(report)) console.log(`    failed: ${failure}`);
}
const failedChecks = join(reportsDir, 'checks-failed.txt');
if (existsSync(failedChecks)) {
  for (const check of readFileSync(failedChecks, 'utf8').split('\n').filter(Boolean)) {
    failed += 1;
    console.log(`  ${check}: failed`);
  }
}
console.log(`${expected.length} test targets, ${skipped} skipped tests`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
