/**
 * Fuzzes every service's HTTP API as documented: starts the services listed in deploy/local/services.tsv
 * against the running engines, mints a token for each role, and runs schemathesis against each service's
 * OpenAPI once per role, bounded in examples and time. A run fails on any 5xx and on any response that
 * breaks the documented schema (status, body). Each service × role run counts as one test in the
 * Jest-shaped report the test command adds up (.vetlink/reports/jest/api-fuzz.api-fuzz.json). Then, with
 * the whole platform running, one scenario across it: a veteran's erasure reaches every service.
 *
 * Environment: FUZZ_MAX_EXAMPLES (per operation, default 8), FUZZ_MAX_TIME_S (per run, default 8),
 * FUZZ_CONCURRENCY (runs at once, default 2), FUZZ_SERVICES (comma list, default all).
 */
import { createTestTokenIssuer, dropTestDatabase } from '@vetlink/testing';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deleteRunGroups,
  listedServices,
  newRunId,
  RunningService,
  startRunGroupsAtEnd,
  startService,
  vetlinkHome,
  waitUntilReady,
} from './local-services';
import { erasureScenario, ScenarioOutcome } from './erasure-scenario';
import { ROLE_SUBJECTS, RoleName, tokensForRoles } from './roles';
import { runSchemathesis, SchemathesisOutcome } from './schemathesis';

const settings = {
  maxExamples: Number(process.env['FUZZ_MAX_EXAMPLES'] ?? 8),
  maxTimeSeconds: Number(process.env['FUZZ_MAX_TIME_S'] ?? 8),
  concurrency: Number(process.env['FUZZ_CONCURRENCY'] ?? 2),
  only: (process.env['FUZZ_SERVICES'] ?? process.argv.slice(2).join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
};
const reportFile = join(vetlinkHome, 'reports/jest/api-fuzz.api-fuzz.json');
const workDir = join(vetlinkHome, 'api-fuzz');

interface Outcome extends SchemathesisOutcome {
  service: string;
  role: RoleName;
}

async function main(): Promise<number> {
  const started = Date.now();
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const runId = newRunId('fuzz');
  const issuer = createTestTokenIssuer();
  const tokens = tokensForRoles(issuer);
  const entries = listedServices(settings.only);
  await startRunGroupsAtEnd(runId, entries);
  const services = entries.map((entry) =>
    startService(entry, {
      runId,
      portOffset: 300,
      jwtPublicKey: issuer.authConfig.publicKey,
      logDir: join(workDir, 'logs'),
    }),
  );
  const outcomes: Outcome[] = [];
  const scenarios: ScenarioOutcome[] = [];
  const broken: string[] = [];
  try {
    const readiness = await Promise.allSettled(services.map((service) => waitUntilReady(service)));
    const ready = services.filter((service, index) => {
      const result = readiness[index];
      if (result.status === 'rejected') broken.push(`${service.name}: ${(result.reason as Error).message}`);
      return result.status === 'fulfilled';
    });
    console.log(`${ready.length} of ${services.length} services ready after ${seconds(started)}s`);
    const runs = ready.flatMap((service) => ROLE_SUBJECTS.map(({ role }) => ({ service, role })));
    await inTurns(runs, settings.concurrency, async ({ service, role }) => {
      const outcome = await fuzzOne(service, role, tokens.get(role) as string);
      outcomes.push(outcome);
      console.log(describe(outcome));
    });
    // After the fuzzing, so the services' consumers have caught up with the topics they replay.
    if (settings.only.length === 0) {
      const scenario = await erasureScenario(ready, issuer, runId);
      scenarios.push(scenario);
      console.log(`  ${scenario.name}: ${scenario.passed ? 'passed' : 'FAILED'} (${scenario.detail})`);
    }
  } finally {
    await Promise.all(services.map((service) => service.stop()));
    await Promise.all(
      entries.map((entry) => dropTestDatabase(`${runId}-${entry.name}`).catch(() => undefined)),
    );
    await deleteRunGroups(runId).catch(() => undefined);
  }
  return summarise(outcomes, scenarios, broken, started);
}

async function fuzzOne(service: RunningService, role: RoleName, token: string): Promise<Outcome> {
  // Kept beside the reports, to read what was fuzzed.
  const document = await fetch(`${service.baseUrl}/docs/openapi.json`).then((response) => response.text());
  writeFileSync(join(workDir, `${service.name}.openapi.json`), document);
  const outcome = await runSchemathesis({
    schemaUrl: `${service.baseUrl}/docs/openapi.json`,
    baseUrl: service.baseUrl,
    token,
    maxExamples: settings.maxExamples,
    maxTimeSeconds: settings.maxTimeSeconds,
    outputDir: join(workDir, `${service.name}.${role}`),
  });
  return { ...outcome, service: service.name, role };
}

function describe(outcome: Outcome): string {
  const verdict = outcome.passed ? 'passed' : `FAILED (see ${outcome.logFile})`;
  const details = [
    ...outcome.findings.map((finding) => `      ${finding}`),
    ...(outcome.undocumentedRules.length
      ? [`      warning: valid-looking input mostly refused by ${outcome.undocumentedRules.join(', ')}`]
      : []),
  ];
  return (
    `  ${outcome.service} × ${outcome.role}: ${outcome.operations}/${outcome.selectedOperations} operations, ` +
    `${outcome.cases} requests, ` +
    `${outcome.serverErrors} server errors, ${outcome.schemaViolations} schema violations, ` +
    `${outcome.otherFailures} other failures — ${verdict}` +
    details.map((line) => `\n${line}`).join('')
  );
}

function summarise(
  outcomes: readonly Outcome[],
  scenarios: readonly ScenarioOutcome[],
  broken: readonly string[],
  started: number,
): number {
  const sum = (pick: (outcome: Outcome) => number) =>
    outcomes.reduce((total, outcome) => total + pick(outcome), 0);
  const passedScenarios = scenarios.filter((scenario) => scenario.passed).length;
  const passed = outcomes.filter((outcome) => outcome.passed).length + passedScenarios;
  const failed = outcomes.length + scenarios.length - passed + broken.length * ROLE_SUBJECTS.length;
  for (const line of broken) console.log(`  did not start: ${line}`);
  console.log(
    `api-fuzz: ${outcomes.length} runs (service × role) in ${seconds(started)}s, ${sum((o) => o.cases)} requests, ` +
      `${sum((o) => o.serverErrors)} server errors, ${sum((o) => o.schemaViolations)} schema violations, ` +
      `${sum((o) => o.otherFailures)} other failures`,
  );
  mkdirSync(join(reportFile, '..'), { recursive: true });
  writeFileSync(
    reportFile,
    JSON.stringify({
      numPassedTests: passed,
      numFailedTests: failed,
      numRuntimeErrorTestSuites: 0,
      numPendingTests: 0,
    }),
  );
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** Runs the tasks with at most `width` at once (2 cores: schemathesis and the services share them). */
async function inTurns<T>(
  tasks: readonly T[],
  width: number,
  run: (task: T) => Promise<void>,
): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: Math.max(1, width) }, async () => {
      for (let task = queue.shift(); task !== undefined; task = queue.shift()) await run(task);
    }),
  );
}

const seconds = (since: number) => Math.round((Date.now() - since) / 1000);

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`api-fuzz failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
