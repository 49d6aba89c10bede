// The `fs` option: custom open/read/close are used; invalid fs objects throw.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('rs-fsopt');
fs.writeFileSync('f.txt', 'custom fs data');
const calls = [];
const myFs = {
  open(p, flags, mode, cb) { calls.push(`open(${p},${flags},${mode.toString(8)})`); fs.open(p, flags, mode, cb); },
  read(fd, buf, off, len, pos, cb) { calls.push(`read(${off},${len},${pos})`); fs.read(fd, buf, off, len, pos, cb); },
  close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
};
const rs = fs.createReadStream('f.txt', { fs: myFs, highWaterMark: 8 });
let s = '';
rs.on('data', (c) => { s += c; });
rs.on('close', () => {
  console.log(s);
  console.log(calls.join(' '));
  for (const bad of [{ open: 1, read() {}, close() {} }, { open() {}, close() {} }, { open() {}, read() {} }]) {
    try { fs.createReadStream('f.txt', { fs: bad }); console.log('ok'); }
    catch (e) { console.log(e.name, e.code, e.message); }
  }
  const rs2 = fs.createReadStream('f.txt', { fs: { open(p, f, m, cb) { cb(new Error('custom open failed')); }, read() {}, close() {} } });
  rs2.on('error', (e) => console.log('custom open error', e.message));
  rs2.on('close', () => console.log('custom close after error'));
});
