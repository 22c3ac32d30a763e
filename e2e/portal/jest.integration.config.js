const path = require('node:path');
const { integrationConfig } = require('../../libs/testing/jest/preset');

// One platform for the whole run (test/support/shared-platform.ts), two journeys at a time against it:
// most of a journey is waiting for the browser and for events, so two share the two cores well.
module.exports = {
  ...integrationConfig(__dirname, 'e2e-portal'),
  globalSetup: path.join(__dirname, 'test/support/global-setup.js'),
  globalTeardown: path.join(__dirname, 'test/support/global-teardown.js'),
  maxWorkers: 2,
};
