// fs.readv/writev (callback and sync): scatter/gather I/O, positions, validation.
const fs = require('fs');
const { setup, t, fmt } = require('./fixtures/common');
setup('readv-writev');
const fd = fs.openSync('f.txt', 'w+');
t('writevSync', () => fs.writevSync(fd, [Buffer.from('abc'), Buffer.from('def'), new Uint8Array([0x67])]));
t('writevSync position', () => fs.writevSync(fd, [Buffer.from('XY')], 1));
t('writevSync empty', () => fs.writevSync(fd, []));
const a = Buffer.alloc(2), b = Buffer.alloc(3);
t('readvSync', () => `${fs.readvSync(fd, [a, b], 0)} ${a.toString()} ${b.toString()}`);
t('readvSync at end', () => fs.readvSync(fd, [a]));
t('readvSync not array', () => fs.readvSync(fd, 'x'));
t('readvSync bad element', () => fs.readvSync(fd, [Buffer.alloc(1), 'x']));
t('writevSync bad element', () => fs.writevSync(fd, [1]));
t('readvSync bad fd', () => fs.readvSync(-1, [a]));
fs.writev(fd, [Buffer.from('1'), Buffer.from('23')], 0, (err, n, bufs) => {
  console.log('writev cb', err, n, bufs.length);
  const c = Buffer.alloc(4);
  fs.readv(fd, [c], 0, (err, n, bufs) => {
    console.log('readv cb', err, n, bufs[0] === c, c.toString());
    fs.readv(fd, [Buffer.alloc(2)], (err, n) => {
      console.log('readv no position', err, n);
      t('readv no cb', () => fs.readv(fd, [c], 0));
      fs.closeSync(fd);
      fs.writev(fd, [Buffer.from('x')], (err) => console.log('writev closed', fmt(err)));
    });
  });
});
