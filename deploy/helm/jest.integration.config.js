// The chart's checks need helm and kubernetes-validate, not the engines: no engine start-up here.
const { integrationConfig } = require('../../libs/testing/jest/preset');

module.exports = { ...integrationConfig(__dirname, 'deploy-chart'), globalSetup: undefined };
