'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// crypto.hash(algorithm, data[, outputEncoding]).
show('default', () => crypto.hash('sha1', 'abc'));
show('hex', () => crypto.hash('md5', 'abc', 'hex'));
show('base64', () => crypto.hash('sha256', Buffer.from('abc'), 'base64'));
show('base64url', () => crypto.hash('sha256', new Uint8Array([1, 2, 3]), 'base64url'));
show('buffer', () => crypto.hash('sha1', 'abc', 'buffer').toString('hex'));
show('latin1', () => JSON.stringify(crypto.hash('md5', '', 'latin1')));
show('dataview', () => crypto.hash('sha512', new DataView(new ArrayBuffer(3))));
show('unicode', () => crypto.hash('sha256', '\u20ac\ud800'));
show('shake', () => crypto.hash('shake256', 'abc'));
show('alias', () => crypto.hash('RSA-SHA1', 'abc'));
show('unknown', () => crypto.hash('nope', 'x'));
show('bad alg', () => crypto.hash(1, 'x'));
show('bad input', () => crypto.hash('sha1', 1));
show('arraybuffer', () => crypto.hash('sha1', new ArrayBuffer(1)));
show('bad encoding', () => crypto.hash('sha1', 'abc', 'bogus'));
show('encoding type', () => crypto.hash('sha1', 'abc', 5));
