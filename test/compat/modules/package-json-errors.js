'use strict';
const show = require('./fixtures/show');
// A malformed package.json fails with ERR_INVALID_PACKAGE_CONFIG naming the file.
show(() => require('./fixtures/dirs/broken-pkg'));
show(() => require('./fixtures/dirs/array-pkg'));
show(() => require('./fixtures/dirs/name-number'));
show(() => require('./fixtures/dirs/type-number'));
show(() => require('./fixtures/dirs/broken-pkg/index.js'));
try {
  require('./fixtures/dirs/broken-pkg');
} catch (e) {
  console.log(Object.keys(e).join(), e.name);
}
