'use strict';
const show = require('./fixtures/show');
const ri = require('module').createRequire(`${__dirname}/fixtures/imp/src/x.js`);

// "imports": '#name' specifiers resolve through the nearest package.json.
show(() => ri('#util'));
show(() => ri('#json'));
show(() => ri('#cond'));
show(() => ri('#array'));
show(() => ri.resolve('#util'));
show(() => ri.resolve.paths('#util').filter((p) => p.includes('/fixtures/')));
