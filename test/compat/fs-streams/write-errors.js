// createWriteStream errors: open failure emits error then close; bad options throw.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('ws-errors');
fs.mkdirSync('dir');
fs.writeFileSync('exists.txt', 'x');
function watch(label, ws) {
  return new Promise((resolve) => {
    const ev = [];
    for (const e of ['open', 'ready', 'finish', 'error', 'close']) {
      ws.on(e, (x) => {
        ev.push(e);
        if (e === 'error') console.log(label, 'error', x.code, x.syscall, x.message);
      });
    }
    setTimeout(() => { console.log(label, ev.join(','), 'destroyed', ws.destroyed); resolve(); }, 100);
  });
}
(async () => {
  await watch('eisdir', fs.createWriteStream('dir'));
  await watch('enoent parent', fs.createWriteStream('no/such/file'));
  await watch('wx exists', fs.createWriteStream('exists.txt', { flags: 'wx' }));
  const w = fs.createWriteStream('dir');
  w.write('data', (err) => console.log('write cb', err && err.code));
  await watch('write to failed', w);
  for (const o of [{ start: -1 }, { start: 'x' }, { flush: 'yes' }, { encoding: 'bogus' }, { fs: { open() {}, close() {} } },
    { fs: { open: 1, write() {}, close() {} } }, { fs: { open() {}, write() {} } }]) {
    try { fs.createWriteStream('x', o); console.log('ok'); }
    catch (e) { console.log(e.name, e.code, e.message); }
  }
  const ws = fs.createWriteStream('late.txt');
  ws.end();
  ws.on('finish', () => {
    ws.write('after end', (err) => console.log('write after end cb', err && err.code));
  });
  ws.on('error', (e) => console.log('write after end error', e.code, e.message));
  await new Promise((r) => setTimeout(r, 100));
})();
