// fs/promises FileHandle: open, fd, read/write overloads, stat, truncate, close, closed errors.
const fsp = require('fs/promises');
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('filehandle-basic');
const show = (r) => JSON.stringify({ ...r, buffer: Buffer.isBuffer(r.buffer) ? r.buffer.toString('latin1') : r.buffer });
(async () => {
  const fh = await fsp.open('f', 'w+');
  console.log(typeof fh.fd, fh.fd > 2, fh.constructor.name);
  console.log('write string', show(await fh.write('hello world')));
  console.log('write buffer', show(await fh.write(Buffer.from('HE'), 0, 2, 0)));
  console.log('write options', show(await fh.write(Buffer.from('xyz'), { offset: 1, length: 1, position: 10 })));
  console.log('write string pos enc', show(await fh.write('2121', 4, 'hex')));
  console.log('read positional', show(await fh.read(Buffer.alloc(5), 0, 5, 0)));
  console.log('read options object', show(await fh.read({ buffer: Buffer.alloc(3), position: 6 })));
  console.log('read buffer options', show(await fh.read(Buffer.alloc(4), { position: 1, length: 2 })));
  const def = await fh.read();
  console.log('read default', def.bytesRead, def.buffer.length);
  console.log('stat', (await fh.stat()).size, (await fh.stat({ bigint: true })).size);
  console.log('truncate', await fh.truncate(4), fs.readFileSync('f', 'utf8'));
  console.log('truncate default', await fh.truncate(), fs.statSync('f').size);
  let closed = 0;
  fh.on('close', () => closed++);
  console.log('close', await fh.close(), fh.fd, closed);
  console.log('close again', await fh.close());
  for (const m of ['stat', 'read', 'write', 'truncate', 'readFile', 'writeFile', 'appendFile', 'chmod', 'utimes', 'readv', 'writev']) {
    try { await fh[m](m.startsWith('write') || m === 'appendFile' ? 'x' : undefined); console.log(m, 'ok'); } catch (e) { console.log('closed', m, fmt(e), e.syscall); }
  }
  await fsp.open('nope').catch((e) => console.log('open missing', fmt(e)));
  await fsp.open('f', 'q').catch((e) => console.log('open bad flags', fmt(e)));
  const ro = await fsp.open('f', 'r');
  await ro.write('x').catch((e) => console.log('write read-only', fmt(e)));
  await ro.read('x').catch((e) => console.log('read bad buffer', fmt(e)));
  await ro.read(Buffer.alloc(2), 0, 5).catch((e) => console.log('read bad length', fmt(e)));
  await ro.close();
})();
