'use strict';
// The 'console' module: the process-wide console over process.stdout/stderr.

const { createGlobalConsole } = require('internal/console/constructor');

// require('console').Console is the class, as in Node.
module.exports = createGlobalConsole();
