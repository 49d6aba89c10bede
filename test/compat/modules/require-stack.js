'use strict';
const show = require('./fixtures/show');
// The require stack lists every module on the way to the failing require().
try {
  require('./fixtures/stack/one');
} catch (e) {
  const show = require('./fixtures/show');
  console.log(show.clean(e.requireStack).join('\n'));
  console.log(show.clean(e.message));
}
