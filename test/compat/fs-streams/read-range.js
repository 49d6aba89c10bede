// createReadStream start/end (inclusive), highWaterMark chunking, encoding.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('rs-range');
fs.writeFileSync('d.txt', 'abcdefghijklmnopqrstuvwxyz');
function run(label, opts) {
  return new Promise((resolve) => {
    const parts = [];
    const rs = fs.createReadStream('d.txt', opts);
    rs.on('data', (c) => parts.push(typeof c === 'string' ? c : c.toString('latin1')));
    rs.on('error', (e) => { console.log(label, 'error', e.code, e.message); });
    rs.on('close', () => { console.log(label, JSON.stringify(parts), rs.bytesRead); resolve(); });
  });
}
(async () => {
  await run('start', { start: 20 });
  await run('end', { end: 4 });
  await run('start-end', { start: 3, end: 7 });
  await run('start=end', { start: 5, end: 5 });
  await run('end 0', { end: 0 });
  await run('hwm 5', { highWaterMark: 5 });
  await run('hwm 5 range', { highWaterMark: 5, start: 2, end: 13 });
  await run('encoding', { encoding: 'hex', end: 3 });
  await run('string opt', 'base64');
  await run('beyond', { start: 100 });
  await run('end past EOF', { start: 24, end: 1000 });
  for (const o of [{ start: -1 }, { start: 'a' }, { end: -5 }, { start: 5, end: 2 }, { start: 1.5 },
    { end: NaN }, { encoding: 'nope' }, { highWaterMark: -1 }]) {
    try { fs.createReadStream('d.txt', o); console.log('ok', JSON.stringify(o)); }
    catch (e) { console.log(JSON.stringify(o), e.name, e.code, e.message); }
  }
  for (const p of [1, null, {}, 'a\0b']) {
    try { fs.createReadStream(p); console.log('ok'); }
    catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
