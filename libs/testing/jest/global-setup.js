// Integration tests start nothing themselves: they ask the launcher, which is idempotent,
// to make sure the engines are up (a no-op when `vetlink test` or CI already started them).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.VETLINK_ENGINES_READY === '1') return;
  const launcher = path.resolve(__dirname, '../../../deploy/local/vetlink');
  execFileSync('bash', [launcher, 'up', '--engines-only'], { stdio: 'inherit' });
};
