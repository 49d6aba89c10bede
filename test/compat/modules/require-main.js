'use strict';
const show = require('./fixtures/show');
// require.main is the entry module; other modules see the same object.
show(() => require('./fixtures/modobj/main-check'));
console.log(require.main === module, process.mainModule === module, module.id);
console.log(Object.keys(require).join());
console.log(require.cache[__filename] === module, require.extensions === require('module')._extensions);
console.log(typeof require.resolve, typeof require.resolve.paths);
