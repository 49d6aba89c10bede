'use strict';
const show = require('./fixtures/show');
const ri = require('module').createRequire(`${__dirname}/fixtures/imp/src/x.js`);

// Undefined, invalid and excluded '#' specifiers.
show(() => ri('#nope'));
show(() => ri('#'));
show(() => ri('#/x'));
show(() => ri('#util/'));
show(() => ri('#null'));
show(() => ri('#import-only'));
show(() => ri('#bad-target'));
show(() => ri('#abs'));
show(() => ri('#num'));
show(() => ri('#missing'));
