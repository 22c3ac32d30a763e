import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../..');

/** Where a crashed notifications process and its successor both live: one database, group and Redis prefix. */
export interface ProcessWorld {
  DATABASE: string;
  GROUP: string;
  PREFIX: string;
}

/**
 * notifications in a child process of its own (`notifications-process.ts`), so that a test can kill it
 * with SIGKILL and start another on the same world. `first` starts the consumer group at the end of the
 * consumed topics; a later start keeps the offsets the killed one committed. Resolves once it consumes;
 * rejects if it exits before, with the end of its stderr. The child is added to `children` at once, so
 * that a failing test still kills it.
 */
export function startNotificationsProcess(
  world: ProcessWorld,
  first: boolean,
  children: ChildProcess[],
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'notifications-process.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...world,
        FIRST: first ? '1' : '0',
        SWC_NODE_PROJECT: resolve(repoRoot, 'tsconfig.base.json'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolveReady, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolveReady(child);
    });
    child.on('exit', (code) => reject(new Error(`notifications exited (${code}): ${stderr.slice(-2000)}`)));
  });
}
