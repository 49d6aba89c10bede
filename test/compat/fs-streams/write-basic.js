// fs.createWriteStream: write/end, events, bytesWritten, pending, path, flags.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('ws-basic');
const ws = fs.createWriteStream('out.txt');
console.log('instance', ws instanceof fs.WriteStream, ws instanceof require('stream').Writable);
console.log('path', ws.path, 'fd', ws.fd, 'pending', ws.pending, 'bytesWritten', ws.bytesWritten);
console.log('flags', ws.flags, 'mode', ws.mode.toString(8), 'start', ws.start, 'flush', ws.flush);
console.log('hwm', ws.writableHighWaterMark, 'autoClose', ws.autoClose);
const ev = [];
for (const e of ['open', 'ready', 'finish', 'close', 'error']) ws.on(e, () => ev.push(e));
console.log('write ret', ws.write('hello '));
ws.write(Buffer.from('world'));
ws.write(new Uint8Array([33, 10]));
ws.write('caf\u00e9', 'latin1');
ws.end('!', () => console.log('end cb', ws.bytesWritten));
ws.on('close', () => {
  console.log('events', ev.join(','));
  console.log('content', JSON.stringify(fs.readFileSync('out.txt', 'latin1')));
  console.log('bytesWritten', ws.bytesWritten, 'fd', ws.fd, 'closed', ws.closed);
  const ws2 = fs.createWriteStream('out.txt', { flags: 'a' });
  ws2.end('appended', () => {
    ws2.on('close', () => {
      console.log('after append', JSON.stringify(fs.readFileSync('out.txt', 'latin1')));
      const ws3 = fs.createWriteStream('out.txt', { flags: 'r+', start: 2 });
      ws3.end('XY');
      ws3.on('close', () => console.log('r+ start 2', JSON.stringify(fs.readFileSync('out.txt', 'latin1'))));
    });
  });
});
