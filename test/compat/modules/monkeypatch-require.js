'use strict';
const show = require('./fixtures/show');
// Patching Module.prototype.require affects later require() calls everywhere.
const Module = require('module');
const original = Module.prototype.require;
const seen = [];
Module.prototype.require = function(id) {
  seen.push(id);
  if (id === 'virtual-thing') return { virtual: true };
  return original.apply(this, arguments);
};
show(() => require('virtual-thing'));
show(() => require('./fixtures/patch/uses'));
show(() => require('./fixtures/patch/target'));
console.log(seen.join());
Module.prototype.require = original;
show(() => require('virtual-thing'));
