module.exports = require('../../libs/testing/jest/preset').unitConfig(__dirname, 'trainings');
