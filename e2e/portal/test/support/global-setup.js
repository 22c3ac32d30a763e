// The browser run's one platform (serve-platform.ts, in a process of its own so that it compiles with the
// services' own TypeScript setup): started once before the first test file and handed to every file,
// in every Jest worker, through an environment variable (shared-platform.ts).
const { spawn } = require('node:child_process');
const path = require('node:path');
const engines = require('../../../../libs/testing/jest/global-setup');

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const ENV = 'E2E_PORTAL_PLATFORM';

module.exports = async function globalSetup() {
  await engines();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, 'serve-platform.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.base.json') },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const started = Date.now();
  process.env[ENV] = await new Promise((done, fail) => {
    let out = '';
    child.once('exit', (code) => fail(new Error(`the shared platform exited with ${code} before it was up`)));
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) done(line);
    });
  });
  child.removeAllListeners('exit');
  console.log(
    `\nthe shared platform, portal and mailbox are up in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  globalThis.e2ePortalPlatform = child;
};
