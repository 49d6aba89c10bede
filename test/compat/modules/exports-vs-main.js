'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// "exports" takes precedence over "main" for package requests.
show(() => r('e-vs-main'));
show(() => r('e-vs-main/main.js'));
show(() => r('e-vs-main/main'));
show(() => r(`${__dirname}/fixtures/exp/node_modules/e-vs-main`));
show(() => r('./node_modules/e-vs-main'));
show(() => r('./node_modules/e-vs-main/main.js'));
show(() => r('e-pkgjson/package.json'));
