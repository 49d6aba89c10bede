'use strict';
const show = require('./fixtures/show');
// The module object: id, filename, loaded, children, parent, paths.
const child = require('./fixtures/modobj/child');
show(() => child);
console.log(module.id, module.loaded, module.parent, typeof module.filename, module.filename === __filename);
console.log(module.path === __dirname, module.children.length, module.children[1].id.endsWith('child.js'));
console.log(module.children[1].children.length, module.children[1].loaded, module.children[1].parent === module);
console.log(Object.keys(module).join());
console.log(module.paths[0] === `${__dirname}/node_modules`, module.paths.at(-1));
console.log(module.exports === exports, this === exports, require('module').prototype.isPreloading);
require('./fixtures/modobj/child');
console.log(module.children.length);
