'use strict';
// unzip detects gzip and zlib headers, sync and async.
const zlib = require('zlib');

const input = Buffer.from('unzip me please '.repeat(100));
const gz = zlib.gzipSync(input);
const df = zlib.deflateSync(input);
console.log(zlib.unzipSync(gz).equals(input), zlib.unzipSync(df).equals(input));
try { zlib.unzipSync(zlib.deflateRawSync(input)); } catch (e) { console.log(e.code, e.message); }
try { zlib.unzipSync(Buffer.from([0x1f])); } catch (e) { console.log(e.code, e.message); }
try { zlib.unzipSync(Buffer.from([0x1f, 0x00, 1, 2])); } catch (e) { console.log(e.code, e.message); }
console.log(zlib.unzipSync(Buffer.concat([gz, gz])).length);
zlib.unzip(gz, (err, r) => {
  console.log('async gz', err, r.equals(input));
  zlib.unzip(df, (err2, r2) => {
    console.log('async df', err2, r2.equals(input));
    // header split across writes
    const u = zlib.createUnzip();
    const out = [];
    u.on('data', (c) => out.push(c));
    u.on('end', () => console.log('split header', Buffer.concat(out).equals(input)));
    u.write(gz.subarray(0, 1));
    u.write(gz.subarray(1, 2));
    u.end(gz.subarray(2));
  });
});
