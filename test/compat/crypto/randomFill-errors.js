'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomFill(Sync) argument validation.
show('offset 5', () => crypto.randomFillSync(new Uint8Array(4), 5));
show('size', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
show('neg offset', () => crypto.randomFillSync(new Uint8Array(4), -1));
show('str offset', () => crypto.randomFillSync(new Uint8Array(4), 'x'));
show('array', () => crypto.randomFillSync([1]));
show('u32 offset', () => crypto.randomFillSync(new Uint32Array(4), 5));
show('u32 size', () => crypto.randomFillSync(new Uint32Array(4), 0, 5));
show('neg size', () => crypto.randomFillSync(new Uint32Array(4), 0, -1));
show('str size', () => crypto.randomFillSync(new Uint8Array(4), 0, 'x'));
show('ab size', () => crypto.randomFillSync(new ArrayBuffer(4), 0, 5));
show('no cb', () => crypto.randomFill(new Uint8Array(4)));
show('no cb 2', () => crypto.randomFill(new Uint8Array(4), 1, 1));
show('array cb', () => crypto.randomFill([1], () => {}));
show('offset cb', () => crypto.randomFill(new Uint8Array(2), 3, () => {}));
