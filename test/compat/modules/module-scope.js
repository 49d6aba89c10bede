'use strict';
const show = require('./fixtures/show');
// The wrapper: this, arguments, __filename, __dirname, hashbang and BOM.
show(() => require('./fixtures/basic/this'));
show(() => require('./fixtures/basic/hashbang'));
show(() => require('./fixtures/basic/bom'));
console.log(arguments.length, typeof arguments[1], arguments[2] === module);
console.log(__filename.endsWith('module-scope.js'), __dirname === require('path').dirname(__filename));
