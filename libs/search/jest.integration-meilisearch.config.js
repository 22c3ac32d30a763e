// The search contract on a real Meilisearch (the embedded engine runs the same contract in the unit
// tier): MEILI_HOST's, or one started for this run from MEILI_BIN or the PATH (jest/meilisearch.js).
const { unitConfig } = require('../testing/jest/preset');
const { onMeilisearch } = require('./jest/meilisearch');

module.exports = onMeilisearch({
  ...unitConfig(__dirname, 'search:integration-meilisearch'),
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
});
