// createReadStream errors: ENOENT 'error' then 'close'; EISDIR on read; emitClose false.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('rs-errors');
fs.mkdirSync('dir');
function watch(label, rs) {
  return new Promise((resolve) => {
    const ev = [];
    for (const e of ['open', 'ready', 'data', 'end', 'error', 'close']) {
      rs.on(e, (x) => {
        ev.push(e);
        if (e === 'error') console.log(label, 'error', x.code, x.syscall, x.message, x.path);
      });
    }
    setTimeout(() => { console.log(label, ev.join(','), 'destroyed', rs.destroyed); resolve(); }, 100);
  });
}
(async () => {
  await watch('enoent', fs.createReadStream('missing.txt'));
  await watch('eisdir', fs.createReadStream('dir'));
  await watch('no emitClose', fs.createReadStream('missing.txt', { emitClose: false }));
  await watch('bad flags', fs.createReadStream('missing.txt', { flags: 'r+' }));
  await watch('wx exists', fs.createReadStream('dir', { flags: 'wx' }));
  await watch('flags zz', fs.createReadStream('x', { flags: 'zz' }));
  await watch('mode bad', fs.createReadStream('x', { mode: 'abc' }));
})();
