'use strict';
const show = require('./fixtures/show');
// createRequire() from a path, a directory with a trailing slash, or a file: URL.
const { createRequire } = require('module');
const path = require('path');
const dir = path.join(__dirname, 'fixtures', 'basic');
show(() => createRequire(`${dir}/x.js`)('./a'));
show(() => createRequire(`${dir}/`)('./a'));
show(() => createRequire(dir)('./basic/a'));
show(() => createRequire(`file://${dir}/x.js`)('./a'));
show(() => createRequire(`file://${dir}/`)('./a'));
const r = createRequire(`${dir}/x.js`);
console.log(Object.keys(r).join(), r.main === require.main, r.cache === require.cache);
show(() => r.resolve('./data'));
show(() => createRequire('relative/path.js'));
show(() => createRequire(5));
show(() => createRequire());
show(() => createRequire('https://example.com/x.js'));
show(() => createRequire({ href: 'x' }));
