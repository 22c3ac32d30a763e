// The Meilisearch contract needs a Meilisearch server (MEILI_HOST), which the launcher cannot start,
// so this tier starts no engines; the suite skips itself when MEILI_HOST is not set.
const { unitConfig } = require('../testing/jest/preset');

module.exports = {
  ...unitConfig(__dirname, 'search:integration'),
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
};
