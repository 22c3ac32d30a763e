module.exports = require('../../libs/testing/jest/preset').integrationConfig(__dirname, 'e2e-portal');
