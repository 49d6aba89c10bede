'use strict';
const show = require('./fixtures/show');
// The static API of node:module.
const Module = require('module');
for (const key of ['_cache', '_pathCache', '_extensions', 'globalPaths', '_load', '_resolveFilename',
  '_findPath', '_nodeModulePaths', '_resolveLookupPaths', '_initPaths', '_preloadModules', 'wrap',
  'wrapper', 'createRequire', 'builtinModules', 'isBuiltin', 'syncBuiltinESMExports', 'findSourceMap',
  'register', 'runMain', '_stat', '_readPackage', 'constants', 'enableCompileCache',
  'getCompileCacheDir', 'flushCompileCache', 'findPackageJSON', 'getSourceMapsSupport',
  'setSourceMapsSupport']) {
  console.log(key, typeof Module[key]);
}
console.log(Object.getPrototypeOf(Module._cache), Object.getPrototypeOf(Module._extensions));
console.log(Object.keys(Module._extensions).join());
console.log(Module.syncBuiltinESMExports(), Module.findSourceMap('x'), Module.getCompileCacheDir());
console.log(Module.flushCompileCache());
console.log(Module.constants);
console.log(Module.getSourceMapsSupport());
console.log(Module._stat(__dirname), Module._stat(__filename), Module._stat(`${__dirname}/nope`));
console.log(require('module') === require('node:module'), Module === module.constructor);
