'use strict';
const show = require('./fixtures/show');
const ri = require('module').createRequire(`${__dirname}/fixtures/imp/src/x.js`);

// "imports" targets may name packages (resolved from the package) or builtins.
show(() => ri('#dep'));
show(() => ri('#dep/sub'));
show(() => ri('#unknown-pkg/sub.js'));
show(() => ri('#missing-pkg'));
show(() => ri('#builtin'));
show(() => ri('#node-builtin'));
