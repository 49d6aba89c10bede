'use strict';
const show = require('./fixtures/show');
// builtinModules and isBuiltin().
const { builtinModules, isBuiltin } = require('module');
console.log(Array.isArray(builtinModules), Object.isFrozen(builtinModules));
console.log(builtinModules.includes('path'), builtinModules.includes('events'), builtinModules.includes('util'));
console.log(builtinModules.some((m) => m.startsWith('internal/')), builtinModules.includes('test'));
for (const name of ['path', 'node:path', 'events', 'node:events', 'test', 'internal/errors',
  'node:internal/errors', 'nope', 'node:nope', '', 'PATH', 'node:', 5, undefined, null, {}]) {
  console.log(String(name), isBuiltin(name));
}
