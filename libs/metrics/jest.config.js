module.exports = require('../testing/jest/preset').unitConfig(__dirname, 'metrics');
