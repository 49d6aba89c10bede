// WriteStream on an existing fd (autoClose on/off) and with a Buffer path.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('ws-fd');
(async () => {
  const fd = fs.openSync('a.txt', 'w');
  const ws = fs.createWriteStream(null, { fd });
  console.log('fd', ws.fd === fd, 'pending', ws.pending, 'path', ws.path);
  const ev = [];
  ws.on('open', () => ev.push('open'));
  ws.on('ready', () => ev.push('ready'));
  ws.end('via fd');
  await new Promise((r) => ws.on('close', r));
  console.log('events', ev.join(',') || '(none)', fs.readFileSync('a.txt', 'utf8'));
  try { fs.fstatSync(fd); console.log('fd open'); } catch (e) { console.log('fd closed', e.code); }
  const fd2 = fs.openSync('b.txt', 'w');
  const ws2 = fs.createWriteStream(null, { fd: fd2, autoClose: false });
  ws2.end('kept open');
  await new Promise((r) => ws2.on('finish', r));
  await new Promise((r) => setTimeout(r, 20));
  console.log('fd2 after finish', fs.fstatSync(fd2).size, ws2.closed);
  fs.closeSync(fd2);
  const ws3 = fs.createWriteStream(Buffer.from('c.txt'));
  console.log('buffer path', Buffer.isBuffer(ws3.path));
  ws3.end('buf');
  await new Promise((r) => ws3.on('close', r));
  console.log(fs.readFileSync('c.txt', 'utf8'));
  try { fs.createWriteStream(null, { fd: '1' }); } catch (e) { console.log(e.code, e.message); }
})();
