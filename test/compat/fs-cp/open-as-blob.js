// fs.openAsBlob: Blob of the file's bytes with type; validation and missing files.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('open-as-blob');
fs.writeFileSync('t.txt', 'hello blob');
fs.writeFileSync('b.bin', Buffer.from([0, 1, 2, 255]));
(async () => {
  const b = await fs.openAsBlob('t.txt');
  console.log(b.constructor.name, b instanceof require('buffer').Blob, b.size, JSON.stringify(b.type), await b.text());
  const b2 = await fs.openAsBlob('b.bin', { type: 'application/octet-stream' });
  console.log(b2.size, b2.type, [...new Uint8Array(await b2.arrayBuffer())]);
  console.log('slice', await b.slice(6).text());
  const b3 = await fs.openAsBlob(Buffer.from('t.txt'), {});
  console.log('buffer path', b3.size);
  console.log('returns promise', fs.openAsBlob('t.txt') instanceof Promise);
  for (const a of [['missing.txt'], [1], ['t.txt', { type: 1 }], ['t.txt', 5], ['t.txt', null]]) {
    try { await fs.openAsBlob(...a); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
