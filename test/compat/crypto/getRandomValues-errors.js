'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// getRandomValues errors are DOMExceptions.
function dom(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message, e instanceof DOMException); }
}
dom('float32', () => crypto.getRandomValues(new Float32Array(1)));
dom('float64', () => crypto.getRandomValues(new Float64Array(1)));
dom('too big', () => crypto.getRandomValues(new Uint8Array(65537)));
dom('too big u32', () => crypto.getRandomValues(new Uint32Array(16385)));
dom('number', () => crypto.getRandomValues(1));
dom('dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
dom('arraybuffer', () => crypto.getRandomValues(new ArrayBuffer(2)));
dom('none', () => crypto.getRandomValues());
dom('array', () => crypto.getRandomValues([1, 2]));
show('bad this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(1)));
