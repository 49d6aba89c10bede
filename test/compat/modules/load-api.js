'use strict';
const show = require('./fixtures/show');
// Module._load and Module._resolveFilename called directly.
const Module = require('module');
show(() => Module._load('./fixtures/basic/a', module, false));
show(() => Module._load('path', module, false) === require('path'));
show(() => Module._load('node:path', null, false) === require('path'));
show(() => Module._resolveFilename('./fixtures/basic/a', module, false));
show(() => Module._resolveFilename('path', module, false));
show(() => Module._resolveFilename('node:path', module, false));
show(() => Module._resolveFilename('./nope', module, false));
show(() => Module._resolveFilename('./nope', null, false));
show(() => Module._findPath('./fixtures/basic/a', [__dirname], false));
show(() => Module._findPath('./nope', [__dirname], false));
show(() => Module._findPath('x', [], false));
show(() => Module._resolveLookupPaths('./x', module));
show(() => Module._resolveLookupPaths('./x', null));
show(() => Module._resolveLookupPaths('path', module));
