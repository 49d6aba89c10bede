'use strict';
const show = require('./fixtures/show');
// Without an "imports" field, '#name' is an ordinary (missing) module name.
const { createRequire } = require('module');
show(() => createRequire(`${__dirname}/fixtures/imp-none/x.js`)('#util'));
show(() => createRequire(`${__dirname}/fixtures/imp-string/x.js`)('#util'));
show(() => createRequire(`${__dirname}/fixtures/imp-none/x.js`)('#'));
show(() => require('#anything'));
