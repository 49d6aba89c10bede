'use strict';
const show = require('./fixtures/show');
const ri = require('module').createRequire(`${__dirname}/fixtures/imp/src/x.js`);

// "imports" patterns: the most specific key wins.
show(() => ri('#internal/a'));
show(() => ri('#internal/special/b'));
show(() => ri('#nested/n.js'));
show(() => ri('#nested/n'));
show(() => ri('#internal/missing'));
show(() => ri('#internal/../x'));
