// The same integration suite with search on a real Meilisearch (the harness takes the engine from
// MEILI_HOST): the launcher's, or one started for this run from MEILI_BIN or the PATH. Without any
// Meilisearch it runs no test and says why (libs/search/jest/meilisearch.js).
const { integrationConfig } = require('../../libs/testing/jest/preset');
const { onMeilisearch } = require('../../libs/search/jest/meilisearch');

module.exports = onMeilisearch({
  ...integrationConfig(__dirname, 'mentors'),
  displayName: 'mentors:integration-meilisearch',
});
