'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// "exports" that mixes "./" keys with conditions, or uses numeric keys, is invalid config.
show(() => r('e-mixed'));
show(() => r('e-mixed/x'));
show(() => r('e-numeric'));
try {
  r('e-mixed');
} catch (e) {
  console.log(Object.keys(e).join(), e.name);
}
