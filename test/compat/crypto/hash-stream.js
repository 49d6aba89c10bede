'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Hash and Hmac are Transform streams: write/end/read, data events, pipe.
const { Readable, Transform } = require('stream');
const h = crypto.createHash('sha256');
h.write('ab');
h.end('c');
console.log('read', h.read().toString('hex'));
const h2 = crypto.createHash('sha1');
h2.on('data', (d) => console.log('data', d.toString('hex')));
h2.on('end', () => console.log('end'));
h2.end('abc');
console.log(crypto.createHash('md5') instanceof Transform);
Readable.from(['a', 'b', 'c']).pipe(crypto.createHash('sha256').setEncoding('hex')).on('data', (d) => console.log('pipe', d));
const hm = crypto.createHmac('sha256', 'key');
hm.setEncoding('base64');
hm.end('msg', () => console.log('hmac', hm.read()));
