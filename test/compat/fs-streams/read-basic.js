// fs.createReadStream: whole file, event order, bytesRead, path, pending, fd.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('rs-basic');
fs.writeFileSync('a.txt', 'hello world\n'.repeat(10));
const rs = fs.createReadStream('a.txt');
console.log('instance', rs instanceof fs.ReadStream, rs instanceof require('stream').Readable);
console.log('path', rs.path, 'fd', rs.fd, 'pending', rs.pending, 'bytesRead', rs.bytesRead);
console.log('flags', rs.flags, 'mode', rs.mode.toString(8), 'start', rs.start, 'end', rs.end);
console.log('hwm', rs.readableHighWaterMark, 'autoClose', rs.autoClose);
const events = [];
for (const ev of ['open', 'ready', 'end', 'close']) {
  rs.on(ev, (...a) => {
    events.push(ev + (ev === 'open' ? ':' + typeof a[0] : ''));
    if (ev === 'open') console.log('pending after open', rs.pending);
    if (ev === 'close') {
      console.log('events', events.join(','));
      console.log('bytesRead', rs.bytesRead, 'fd after close', rs.fd, 'destroyed', rs.destroyed);
    }
  });
}
let total = 0;
let chunks = 0;
rs.on('data', (c) => { total += c.length; chunks++; events.push('data'); console.log('chunk is Buffer', Buffer.isBuffer(c)); });
rs.on('end', () => console.log('total', total, 'chunks', chunks));
