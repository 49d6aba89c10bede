'use strict';
const show = require('./fixtures/show');
// .json files: parsed values, a BOM is skipped, the result is cached.
show(() => require('./fixtures/basic/data.json'));
show(() => require('./fixtures/basic/data'));
show(() => require('./fixtures/basic/bom.json'));
console.log(require('./fixtures/basic/data.json') === require('./fixtures/basic/data'));
const m = require.cache[require.resolve('./fixtures/basic/data.json')];
console.log(m.loaded, m.children.length, m.filename.endsWith('data.json'));
try {
  require('./fixtures/basic/broken.json');
} catch (e) {
  const show = require('./fixtures/show');
  console.log(e.name, e.code, show.clean(e.message).split(': ')[0]);
  console.log(require.cache[require.resolve('./fixtures/basic/broken.json')]);
}
