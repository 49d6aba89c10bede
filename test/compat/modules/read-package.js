'use strict';
const show = require('./fixtures/show');
// Module._readPackage(): the fields resolution uses, as a null-prototype object.
const Module = require('module');
const path = require('path');
const f = (p) => path.join(__dirname, 'fixtures', p);
const show2 = (p) => {
  try {
    const r = Module._readPackage(f(p));
    console.log(Object.getPrototypeOf(r), JSON.stringify(show.clean(r)));
  } catch (e) {
    console.log(e.code, show.clean(e.message));
  }
};
show2('dirs/main-file');
show2('dirs/main-number');
show2('dirs/type-weird');
show2('self');
show2('imp-string');
show2('exp/node_modules/e-null-whole');
show2('basic');
show2('dirs/broken-pkg');
