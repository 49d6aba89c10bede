// ReadStream close()/destroy() before and after open; close(cb).
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('rs-destroy');
fs.writeFileSync('f.txt', 'x'.repeat(200000));
(async () => {
  await new Promise((resolve) => {
    const rs = fs.createReadStream('f.txt');
    const ev = [];
    for (const e of ['open', 'ready', 'data', 'end', 'error', 'close']) rs.on(e, () => ev.push(e));
    rs.close((err) => { console.log('close cb err', err && err.code); });
    rs.on('close', () => setTimeout(() => { console.log('immediate close', ev.join(','), rs.destroyed, rs.fd); resolve(); }, 20));
  });
  await new Promise((resolve) => {
    const rs = fs.createReadStream('f.txt', { highWaterMark: 1000 });
    let n = 0;
    rs.on('data', () => { n++; if (n === 3) rs.destroy(); });
    rs.on('close', () => { console.log('destroy after 3 chunks', n, rs.bytesRead, rs.fd); resolve(); });
  });
  await new Promise((resolve) => {
    const rs = fs.createReadStream('f.txt');
    rs.on('error', (e) => console.log('error', e.message));
    rs.on('close', () => { console.log('destroy with error closed', rs.destroyed, rs.errored && rs.errored.message); resolve(); });
    rs.on('open', () => rs.destroy(new Error('boom')));
  });
  await new Promise((resolve) => {
    const rs = fs.createReadStream('f.txt');
    rs.on('open', () => {
      rs.close();
      rs.close((err) => { console.log('second close cb', err && err.code); resolve(); });
    });
  });
})();
