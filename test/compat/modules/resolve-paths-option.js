'use strict';
const show = require('./fixtures/show');
// require.resolve(request, { paths }) searches from the given directories.
const path = require('path');
const base = path.join(__dirname, 'fixtures', 'paths-opt');
show(() => require.resolve('only-in-a', { paths: [`${base}/a`] }));
show(() => require.resolve('only-in-b', { paths: [`${base}/a`, `${base}/b`] }));
show(() => require.resolve('only-in-b', { paths: [`${base}/a`] }));
show(() => require.resolve('./rel', { paths: [`${base}/b`] }));
show(() => require.resolve('./rel.js', { paths: [`${base}/a`, `${base}/b`] }));
show(() => require.resolve('./rel', { paths: [] }));
show(() => require.resolve('only-in-a', { paths: [] }));
show(() => require.resolve('path', { paths: [base] }));
show(() => require.resolve('only-in-a', {}));
show(() => require.resolve('only-in-a', { paths: 'x' }));
show(() => require.resolve('only-in-a', { paths: null }));
show(() => require.resolve('./fixtures/basic/a', null));
show(() => require.resolve(`${base}/b/rel`, { paths: ['/nope'] }));
