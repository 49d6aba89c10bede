'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomBytes(size, cb) runs on the thread pool and calls back asynchronously.
const order = [];
crypto.randomBytes(16, (err, buf) => {
  order.push('cb');
  console.log('cb', err, Buffer.isBuffer(buf), buf.length);
  crypto.randomBytes(0, (err, buf) => console.log('zero', err, buf.length));
});
order.push('sync');
process.nextTick(() => order.push('tick'));
setTimeout(() => console.log(order.join(',')), 100);
