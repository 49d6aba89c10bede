// createReadStream with fd, autoClose, start with fd, and fs.ReadStream called as function.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('rs-fd');
fs.writeFileSync('f.txt', '0123456789');
(async () => {
  const fd = fs.openSync('f.txt', 'r');
  await new Promise((resolve) => {
    const rs = fs.createReadStream(null, { fd, start: 2, end: 5 });
    console.log('path', rs.path, 'fd same', rs.fd === fd, 'pending', rs.pending);
    const ev = [];
    rs.on('open', () => ev.push('open'));
    rs.on('ready', () => ev.push('ready'));
    rs.on('data', (c) => ev.push('data:' + c));
    rs.on('close', () => {
      console.log('events', ev.join(','));
      try { fs.fstatSync(fd); console.log('fd open'); } catch (e) { console.log('fd closed', e.code); }
      resolve();
    });
  });
  const fd2 = fs.openSync('f.txt', 'r');
  await new Promise((resolve) => {
    const rs = fs.createReadStream('ignored', { fd: fd2, autoClose: false });
    console.log('autoClose', rs.autoClose);
    let s = '';
    rs.on('data', (c) => { s += c; });
    rs.on('end', () => {
      setTimeout(() => {
        console.log('read', s, 'closed?', rs.closed, 'destroyed', rs.destroyed);
        try { fs.fstatSync(fd2); console.log('fd2 still open'); } catch (e) { console.log('fd2 closed', e.code); }
        fs.closeSync(fd2);
        resolve();
      }, 50);
    });
  });
  const rs3 = fs.ReadStream('f.txt', { end: 2 });
  console.log('called as fn', rs3 instanceof fs.ReadStream);
  await new Promise((resolve) => rs3.on('data', (c) => console.log('data', String(c))).on('close', resolve));
  for (const bad of [-1, 1.5, '3', 2 ** 31]) {
    try { fs.createReadStream(null, { fd: bad }); console.log('ok'); }
    catch (e) { console.log('fd', bad, e.code, e.message); }
  }
})();
