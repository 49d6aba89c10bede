'use strict';
// subtle.digest for the SHA family, with algorithm objects and every BufferSource.
const { webcrypto } = require('crypto');
const { subtle } = webcrypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-512' }, { name: 'Sha-1' }]) {
    console.log(JSON.stringify(alg), hex(await subtle.digest(alg, new TextEncoder().encode('abc'))));
  }
  const r = await subtle.digest('SHA-256', new ArrayBuffer(0));
  console.log(r instanceof ArrayBuffer, r.byteLength, hex(r));
  console.log(hex(await subtle.digest('SHA-1', new DataView(new Uint8Array([1, 2, 3]).buffer, 1))));
  console.log(hex(await subtle.digest('SHA-1', Buffer.from('xyz'))));
  console.log(hex(await subtle.digest('SHA-1', new Uint32Array([1]))));
})();
