import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** A process whose own shutdown takes `shutdownMs` after SIGTERM, with a deadline of 300 ms armed. */
function stopProcess(shutdownMs: number): Promise<{ code: number | null; output: string }> {
  const script = `
    require('@swc-node/register');
    const { exitIfShutdownOverruns } = require(${JSON.stringify(join(__dirname, 'shutdown-deadline.ts'))});
    exitIfShutdownOverruns(300, { error: (details, message) => console.log(message, JSON.stringify(details)) });
    process.on('SIGTERM', () => setTimeout(() => process.exit(0), ${shutdownMs}));
    setInterval(() => undefined, 1000);
    console.log('ready');
  `;
  const child = spawn(process.execPath, ['-e', script], {
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
    cwd: join(__dirname, '../../../..'),
  });
  let output = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready') && !child.killed) child.kill('SIGTERM');
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('exitIfShutdownOverruns', () => {
  it('ends a shutdown that overruns the deadline with exit code 1, saying so', async () => {
    const stopped = await stopProcess(60_000);
    expect(stopped.code).toBe(1);
    expect(stopped.output).toContain(
      'shutdown did not finish in time; exiting {"signal":"SIGTERM","timeoutMs":300}',
    );
  }, 20_000);

  it('leaves a shutdown that finishes in time alone', async () => {
    const stopped = await stopProcess(50);
    expect(stopped.code).toBe(0);
    expect(stopped.output).not.toContain('did not finish');
  }, 20_000);
});
