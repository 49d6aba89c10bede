'use strict';
// node:fs/promises — the promise API (same object as require('fs').promises).

module.exports = require('internal/fs/promises').exports;
