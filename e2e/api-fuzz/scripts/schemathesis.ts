import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SchemathesisRun {
  schemaUrl: string;
  baseUrl: string;
  token: string;
  maxExamples: number;
  maxTimeSeconds: number;
  outputDir: string;
}

export interface SchemathesisOutcome {
  passed: boolean;
  /** Operations reached within the time budget, of those in the document. */
  operations: number;
  selectedOperations: number;
  cases: number;
  serverErrors: number;
  schemaViolations: number;
  otherFailures: number;
  findings: string[];
  undocumentedRules: string[];
  logFile: string;
}

/** The checks that fail a run: a 5xx, and a response whose status, content type or body the OpenAPI does not describe. */
export const FUZZ_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
];
/** schemathesis's failure types for a response the OpenAPI does not describe. */
const SCHEMA_FAILURES = new Set([
  'UndefinedStatusCode',
  'JsonSchemaError',
  'MissingContentType',
  'MalformedMediaType',
  'ContentDeserializationError',
  'DiscriminatorMismatch',
  'UndefinedContentType',
  'MalformedJson',
]);

/** Runs schemathesis once (bounded by examples per operation and a time budget) and reads its report. */
export async function runSchemathesis(run: SchemathesisRun): Promise<SchemathesisOutcome> {
  mkdirSync(run.outputDir, { recursive: true });
  const logFile = join(run.outputDir, 'schemathesis.log');
  const report = join(run.outputDir, 'report.json');
  const log = openSync(logFile, 'w');
  const args = [
    'run',
    run.schemaUrl,
    '--url',
    run.baseUrl,
    '--header',
    `Authorization: Bearer ${run.token}`,
    '--checks',
    FUZZ_CHECKS.join(','),
    '--phases',
    'examples,coverage,fuzzing',
    '--max-examples',
    String(run.maxExamples),
    '--max-time',
    String(run.maxTimeSeconds),
    '--request-timeout',
    '10',
    // One worker: with threads, Python 3.11's ast.parse can fail inside Hypothesis (a runtime error, not a finding).
    '--workers',
    '1',
    '--seed',
    String(Date.now() % 100_000),
    '--no-color',
    '--suppress-health-check',
    'all',
    '--generation-database',
    'none',
    '--report',
    'json',
    '--report-json-path',
    report,
  ];
  const exitCode = await new Promise<number>((done, fail) => {
    const child = spawn(process.env['SCHEMATHESIS_BIN'] ?? 'st', args, { stdio: ['ignore', log, log] });
    child.once('error', fail);
    child.once('exit', (code) => done(code ?? 1));
  });
  closeSync(log);
  const counts = existsSync(report) ? readReport(readFileSync(report, 'utf8')) : undefined;
  return {
    passed: exitCode === 0 && counts !== undefined,
    operations: counts?.operations ?? 0,
    selectedOperations: counts?.selectedOperations ?? 0,
    cases: counts?.cases ?? 0,
    serverErrors: counts?.serverErrors ?? 0,
    schemaViolations: counts?.schemaViolations ?? 0,
    otherFailures: counts?.otherFailures ?? (exitCode === 0 ? 0 : 1),
    findings: counts?.findings ?? [`no report; schemathesis exited with ${exitCode}`],
    undocumentedRules: counts?.undocumentedRules ?? [],
    logFile,
  };
}

interface JsonReport {
  operations: { tested: number; selected: number };
  test_cases: { generated: number };
  failures: { type: string; title: string; count: number; operations: string[] }[];
  errors: { title: string; count: number }[];
  warnings: Record<string, string[]>;
}

/** What a run found, from schemathesis's JSON report: failures by check, errors (runs it could not make). */
export function readReport(text: string) {
  const report = JSON.parse(text) as JsonReport;
  const failuresOf = (pick: (type: string) => boolean) =>
    report.failures.filter((group) => pick(group.type)).reduce((total, group) => total + group.count, 0);
  return {
    operations: report.operations.tested,
    selectedOperations: report.operations.selected,
    cases: report.test_cases.generated,
    serverErrors: failuresOf((type) => type === 'ServerError'),
    schemaViolations: failuresOf((type) => SCHEMA_FAILURES.has(type)),
    otherFailures:
      failuresOf((type) => type !== 'ServerError' && !SCHEMA_FAILURES.has(type)) +
      report.errors.reduce((total, error) => total + error.count, 0),
    findings: [
      ...report.failures.map((group) => `${group.type}: ${group.title} (${group.operations.join(', ')})`),
      ...report.errors.map((error) => `error: ${error.title}`),
    ],
    /** Operations whose valid-looking input the service mostly refused: a rule the OpenAPI does not show. */
    undocumentedRules: report.warnings['validation_mismatch'] ?? [],
  };
}
