// Closing the shared platform's standard input stops it (serve-platform.ts): services, databases, keys.
module.exports = async function globalTeardown() {
  const child = globalThis.e2ePortalPlatform;
  if (!child || child.exitCode !== null) return;
  await new Promise((done) => {
    child.once('exit', () => done());
    child.stdin.end();
  });
};
