'use strict';
// randomFill(buf[, offset[, size]], cb) forms, one after another.
const crypto = require('crypto');
const a = new Uint8Array(16);
crypto.randomFill(a, (err, buf) => {
  console.log('1', err, buf === a, buf.length);
  const b = Buffer.alloc(16);
  crypto.randomFill(b, 8, (err, buf) => {
    console.log('2', err, buf.subarray(0, 8).toString('hex'));
    const c = new Uint16Array(8);
    crypto.randomFill(c, 2, 2, (err, buf) => {
      console.log('3', err, buf[0], buf[1], buf[4], buf[7]);
      const ab = new ArrayBuffer(4);
      crypto.randomFill(ab, (err, buf) => console.log('4', err, buf === ab));
    });
  });
});
console.log('sync');
