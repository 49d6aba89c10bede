'use strict';
const show = require('./fixtures/show');
// new Module(): the shape of a fresh module and the prototype's accessors.
const Module = require('module');
const m = new Module('/x/y/z.js', module);
console.log(m.id, m.path, m.filename, m.loaded, m.exports, m.children, m.paths);
console.log(m.parent === module, module.children.includes(m), Object.keys(m).join());
const n = new Module();
console.log(JSON.stringify(n.id), n.path, n.parent);
console.log(Object.getOwnPropertyNames(Module.prototype).join());
console.log(typeof Object.getOwnPropertyDescriptor(Module.prototype, 'parent').get);
console.log(Module.prototype.constructor === Module, Module.Module === Module, Module.length);
m.parent = null;
console.log(m.parent);
console.log(require('util').inspect(n));
m.load(require('path').join(__dirname, 'fixtures/basic/a.js'));
console.log(m.exports, m.loaded, m.filename.endsWith('a.js'));
