import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '../../../..');

// Copied rather than linked: Nx does not follow symbolic links when it looks for projects, and both the
// plugin's resolution and the module-boundaries rule need the projects (and their tags). Never services/:
// other suites run beside this one.
const COPIED = [
  'nx.json',
  'package.json',
  'tsconfig.base.json',
  'eslint.config.mjs',
  '.prettierrc',
  'deploy/local/services.tsv',
  'libs',
  'tools/tooling',
];

export interface CommandResult {
  code: number;
  output: string;
}

/** A throw-away workspace of the same shape as this one, to generate into and check what came out. */
export class WorkspaceCopy {
  private constructor(readonly root: string) {}

  static create(): WorkspaceCopy {
    const root = mkdtempSync(join(tmpdir(), 'vetlink-generator-'));
    for (const path of COPIED) cpSync(join(workspaceRoot, path), join(root, path), { recursive: true });
    mkdirSync(join(root, 'services'));
    symlinkSync(join(workspaceRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    return new WorkspaceCopy(root);
  }

  /** Runs a tool of node_modules/.bin in the copy; never throws, so that a failure shows its output. */
  run(tool: string, args: string[], timeoutMs: number): Promise<CommandResult> {
    return new Promise((resolve) => {
      execFile(
        join(this.root, 'node_modules/.bin', tool),
        args,
        { cwd: this.root, env: childEnvironment(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({
            code,
            output: `${stdout}${stderr}${error?.killed ? `\nkilled after ${timeoutMs} ms` : ''}`,
          });
        },
      );
    });
  }

  remove(): void {
    unlinkSync(join(this.root, 'node_modules')); // the link only, before anything could walk into it
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * This process's environment without what Nx and Jest set for the run in progress (colours included): NX_WORKSPACE_ROOT_PATH
 * would point Nx at the real workspace, and a nested Jest must not think it is one of our workers.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !name.startsWith('NX_') && name !== 'JEST_WORKER_ID',
  );
  return {
    ...Object.fromEntries(inherited),
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    // Plain text, to be read by the assertions.
    FORCE_COLOR: '0',
    // The engines are up: this suite's own global setup started them.
    VETLINK_ENGINES_READY: '1',
    // Where the launcher keeps what its engines were started with (Redis's URL with its password): the
    // copy has no .vetlink of its own, so @vetlink/testing would otherwise knock on Redis without one.
    VETLINK_HOME: process.env['VETLINK_HOME'] ?? join(workspaceRoot, '.vetlink'),
  };
}
