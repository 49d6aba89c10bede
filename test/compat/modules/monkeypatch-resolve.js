'use strict';
const show = require('./fixtures/show');
// Patching Module._resolveFilename and Module._load redirects requests.
const Module = require('module');
const path = require('path');
const origResolve = Module._resolveFilename;
Module._resolveFilename = function(request, parent, isMain, options) {
  if (request === 'alias:target') {
    return path.join(__dirname, 'fixtures', 'patch', 'alt.js');
  }
  return origResolve.call(this, request, parent, isMain, options);
};
show(() => require('alias:target'));
show(() => require.resolve('alias:target'));
Module._resolveFilename = origResolve;
const origLoad = Module._load;
const loads = [];
Module._load = function(request, parent, isMain) {
  loads.push([request, path.basename(parent.filename), isMain]);
  return origLoad.apply(this, arguments);
};
require('./fixtures/patch/target');
require('path');
Module._load = origLoad;
console.log(JSON.stringify(loads));
