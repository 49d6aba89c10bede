'use strict';
// node:module — the CommonJS Module class and its static helpers.

module.exports = require('internal/modules/cjs/loader').Module;
