'use strict';
const show = require('./fixtures/show');
// An invalid "main" falls back to index.js (DEP0128), or fails naming package.json.
show(() => require('./fixtures/dirs/main-missing-fallback'));
show(() => require('./fixtures/dirs/main-missing'));
try {
  require('./fixtures/dirs/main-missing');
} catch (e) {
  console.log(Object.keys(e).join(), e.requestPath);
}
