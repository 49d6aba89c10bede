'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// createHmac argument errors.
show('unknown', () => crypto.createHmac('nope', 'k'));
show('no key', () => crypto.createHmac('sha256'));
show('number key', () => crypto.createHmac('sha256', 1));
show('object key', () => crypto.createHmac('sha256', {}));
show('null key', () => crypto.createHmac('sha256', null));
show('number alg', () => crypto.createHmac(1, 'k'));
show('encoding type', () => crypto.createHmac('sha256', 'k', { encoding: 5 }));
show('update number', () => crypto.createHmac('sha256', 'k').update(5));
show('shake', () => crypto.createHmac('shake128', 'k').digest('hex'));
