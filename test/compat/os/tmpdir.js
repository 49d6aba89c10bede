'use strict';
// tmpdir(): TMPDIR/TMP/TEMP order and trailing slash stripping.
const os = require('os');

const env = process.env;
delete env.TMPDIR; delete env.TMP; delete env.TEMP;
console.log(os.tmpdir());
for (const [k, v] of [['TEMP', '/temp/'], ['TMP', '/tmpx//'], ['TMPDIR', '/a/b/'], ['TMPDIR', '/'], ['TMPDIR', ''], ['TMPDIR', 'rel/']]) {
  env[k] = v;
  console.log(k, JSON.stringify(v), os.tmpdir());
}
