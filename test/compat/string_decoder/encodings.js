'use strict';
// encoding normalization and ERR_UNKNOWN_ENCODING.
const { StringDecoder } = require('string_decoder');
const show = (v) => console.log(JSON.stringify(v));

for (const e of [undefined, null, '', 'utf8', 'UTF-8', 'Utf8', 'binary', 'LATIN1', 'hex', 'HEX', 'ascii', 'base64', 'BASE64URL', 'ucs2']) console.log(String(e), new StringDecoder(e).encoding);
for (const e of ['foo', 1, 'utf-16be', 'utf32', {}, 'buffer', 'latin-1']) {
  try { new StringDecoder(e); console.log('ok', e); } catch (err) { console.log(err.name, err.code, err.message); }
}
