module.exports = require('../../libs/testing/jest/preset').integrationConfig(__dirname, 'deploy-images');
