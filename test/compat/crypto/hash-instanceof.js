'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// Hash/Hmac class relations and the deprecated direct constructors.
const h = crypto.createHash('sha1');
console.log(h instanceof crypto.Hash, h.constructor.name, typeof crypto.Hash, typeof crypto.Hmac);
console.log(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);
console.log(crypto.Hash('sha1').update('a').digest('hex'));
console.log(new crypto.Hash('sha1').digest('hex'));
console.log(crypto.Hmac('sha1', 'k').digest('hex'));
const stream = require('stream');
console.log(h instanceof stream.Transform, h instanceof stream.Readable, h instanceof require('events'));
