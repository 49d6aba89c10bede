'use strict';
const show = require('./fixtures/show');
// When a module replaces module.exports after a circular require, the early copy is stale.
const c = require('./fixtures/circular/c');
console.log(JSON.stringify(c));
const d = require('./fixtures/circular/d');
console.log(JSON.stringify(d));
