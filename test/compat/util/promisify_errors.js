// util.promisify rejects non-functions with ERR_INVALID_ARG_TYPE.
const util = require('util');
for (const v of [undefined, null, 1, 'fn', {}, [], Symbol('s'), 1n, true]) {
  try {
    util.promisify(v);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
