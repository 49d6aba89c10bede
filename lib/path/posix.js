'use strict';
// node:path/posix — the POSIX flavour of node:path.

module.exports = require('path').posix;
