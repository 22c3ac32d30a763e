import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitFor } from '@vetlink/testing';

const REPO_ROOT = resolve(__dirname, '../../../..');
/** The launcher's portal is on 8080; this run's on 8080 + 600, like the platform's moved ports. */
export const PORTAL_PORT = 8680;
export const PORTAL_ORIGIN = `http://127.0.0.1:${PORTAL_PORT}`;

/**
 * The built portal (dist/portal, the integration target builds it first) served by its own static
 * server, pointed at this run's gateway through runtime-config.js: the same files `npm start` serves.
 */
export class PortalServer {
  private child: ChildProcess | undefined;

  constructor(
    private readonly gatewayUrl: string,
    private readonly logFile: string,
  ) {}

  async start(): Promise<void> {
    if (!existsSync(join(REPO_ROOT, 'dist/portal/index.html')))
      throw new Error('dist/portal is not built: run `npx nx run portal:build`');
    const log = openSync(this.logFile, 'w');
    this.child = spawn(process.execPath, [join(REPO_ROOT, 'services/portal/scripts/serve-dist.mjs')], {
      cwd: REPO_ROOT,
      stdio: ['ignore', log, log],
      env: { ...process.env, PORTAL_PORT: String(PORTAL_PORT), PORTAL_API_BASE_URL: this.gatewayUrl },
    });
    closeSync(log);
    await waitFor(
      async () => (await fetch(`${PORTAL_ORIGIN}/runtime-config.js`).catch(() => undefined))?.ok === true,
      { timeoutMs: 15_000, intervalMs: 100, what: 'the portal server' },
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }
}
