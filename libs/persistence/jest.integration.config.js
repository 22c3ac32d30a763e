module.exports = require('../testing/jest/preset').integrationConfig(__dirname, 'persistence');
