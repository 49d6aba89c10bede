// WriteStream chunks with per-write encodings, objects rejected, and highWaterMark backpressure.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('ws-enc');
const ws = fs.createWriteStream('e.txt', { highWaterMark: 4 });
console.log('write 1', ws.write('abc'));
console.log('write 2', ws.write('ZGVm', 'base64'));
console.log('needDrain', ws.writableNeedDrain, 'length', ws.writableLength);
ws.once('drain', () => console.log('drain'));
ws.write('676869', 'hex');
try { ws.write({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { ws.write(1); } catch (e) { console.log(e.name, e.code, e.message); }
ws.end(Buffer.from('!'));
ws.on('close', () => console.log('result', fs.readFileSync('e.txt', 'utf8'), ws.bytesWritten));
