'use strict';
const show = require('./fixtures/show');
// Relative requests: exact files, added extensions, .js before .json, no extension.
show(() => require('./fixtures/basic/a'));
show(() => require('./fixtures/basic/a.js'));
show(() => require('./fixtures/basic/both'));
show(() => require('./fixtures/basic/both.json'));
show(() => require('./fixtures/basic/data'));
show(() => require('./fixtures/basic/noext'));
show(() => require('./fixtures/basic/dotted.name'));
show(() => require('./fixtures/basic/file.cjs'));
show(() => require('./fixtures/basic/file'));
show(() => require('./fixtures/../fixtures/basic/a'));
show(() => require('./fixtures//basic///a'));
show(() => require('./fixtures/basic/./a.js'));
