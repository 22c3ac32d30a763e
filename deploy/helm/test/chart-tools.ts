import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../..');
export const chartDir = join(repoRoot, 'deploy/helm/vetlink');
export const productionValues = join(repoRoot, 'deploy/helm/examples/values-production.yaml');
/** The Kubernetes version every rendered manifest is validated against (strict: unknown fields fail). */
export const KUBERNETES_VERSION = '1.34.0';

const toolsScript = join(repoRoot, 'deploy/local/lib/chart-tools.sh');
const inBash = (script: string) =>
  execFileSync(
    'bash',
    [
      '-c',
      `source "$1/deploy/local/lib/common.sh" && source "$2" && ${script}`,
      'chart',
      repoRoot,
      toolsScript,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 1_200_000,
    },
  );

/** Where `vetlink install` puts the tools: deploy/local/lib/chart-tools.sh is the one place of their paths and versions. */
export const tools = (() => {
  const [helmBin, venv] = inBash('echo "$HELM_BIN"; echo "$KUBERNETES_VALIDATE_VENV"').trim().split('\n');
  return { helm: helmBin!, venv: venv! };
})();

/** Installs the tools when missing, as `vetlink install` does (a no-op once they are there). */
export function ensureChartTools(): void {
  process.stdout.write(inBash('chart_tools_install'));
}

export interface HelmRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function helm(...args: string[]): HelmRun {
  const run = spawnSync(tools.helm, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** `helm template` of the chart as release `vetlink` in namespace `vetlink`; throws with helm's message. */
export function render(...args: string[]): string {
  const run = helm('template', 'vetlink', chartDir, '--namespace', 'vetlink', ...args);
  if (run.status !== 0) throw new Error(`helm template failed: ${run.stderr}`);
  return run.stdout;
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The rendered documents, parsed by PyYAML from kubernetes-validate's own environment (no npm YAML parser). */
export function parse(rendered: string): Manifest[] {
  const json = execFileSync(
    join(tools.venv, 'bin/python'),
    ['-c', 'import sys, json, yaml; json.dump([d for d in yaml.safe_load_all(sys.stdin) if d], sys.stdout)'],
    { input: rendered, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(json) as Manifest[];
}

export interface Validation {
  status: number;
  errors: string[];
  warnings: string[];
}

/** kubernetes-validate --strict of the rendered manifests against KUBERNETES_VERSION, offline. */
export function validate(rendered: string): Validation {
  const dir = mkdtempSync(join(tmpdir(), 'vetlink-chart-'));
  const file = join(dir, 'rendered.yaml');
  writeFileSync(file, rendered);
  const run = spawnSync(
    join(tools.venv, 'bin/kubernetes-validate'),
    ['--kubernetes-version', KUBERNETES_VERSION, '--strict', file],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  return {
    status: run.status ?? -1,
    errors: lines.filter((line) => line.startsWith('ERROR')),
    warnings: lines.filter((line) => line.startsWith('WARN')),
  };
}

/** One YAML file (merge keys resolved), parsed by the same PyYAML. */
export function parseYamlFile(path: string): unknown {
  const json = execFileSync(
    join(tools.venv, 'bin/python'),
    ['-c', 'import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
    { input: readFileSync(path, 'utf8'), encoding: 'utf8' },
  );
  return JSON.parse(json) as unknown;
}
