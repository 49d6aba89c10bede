'use strict';
// node:dns/promises

module.exports = require('dns').promises;
