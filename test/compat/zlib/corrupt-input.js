'use strict';
// Corrupt compressed input: Node's error name, code, errno and zlib's message, sync and async.
const zlib = require('zlib');

const good = zlib.deflateSync('some data to corrupt '.repeat(20));
const gz = zlib.gzipSync('some data to corrupt '.repeat(20));
const cases = {
  'inflate garbage': ['inflateSync', Buffer.from('this is not compressed')],
  'inflate bad check': ['inflateSync', Buffer.from([0x78, 0x9d, 1, 2, 3])],
  'inflate bad method': ['inflateSync', Buffer.from([0x79, 0x9c, 1, 2, 3])],
  'inflate bad block': ['inflateSync', Buffer.concat([good.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff])])],
  'inflate bad adler': ['inflateSync', Buffer.concat([good.subarray(0, -1), Buffer.from([good[good.length - 1] ^ 1])])],
  'gunzip garbage': ['gunzipSync', Buffer.from('not gzip at all')],
  'gunzip bad crc': ['gunzipSync', Buffer.concat([gz.subarray(0, -8), Buffer.from([1, 2, 3, 4]), gz.subarray(-4)])],
  'gunzip bad length': ['gunzipSync', Buffer.concat([gz.subarray(0, -4), Buffer.from([9, 9, 9, 9])])],
  'gunzip bad flags': ['gunzipSync', Buffer.from([0x1f, 0x8b, 8, 0xe0, 0, 0, 0, 0, 0, 3, 1, 2])],
  'gunzip bad method': ['gunzipSync', Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3, 1, 2])],
  'raw stored bad': ['inflateRawSync', Buffer.from([0x00, 0x05, 0x00, 0x05, 0x00])],
  'raw bad type': ['inflateRawSync', Buffer.from([0x07, 0x00])],
  'unzip bad': ['unzipSync', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff])],
};
const entries = Object.entries(cases);
for (const [name, [fn, input]] of entries) {
  try { zlib[fn](input); console.log(name, 'no error'); } catch (e) {
    console.log(name, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}
let i = 0;
(function next() {
  if (i === entries.length) return;
  const [name, [fn, input]] = entries[i++];
  zlib[fn.replace('Sync', '')](input, (e, r) => {
    console.log('async', name, e ? `${e.code} ${e.errno} ${e.message}` : `no error ${r.length}`);
    next();
  });
})();
