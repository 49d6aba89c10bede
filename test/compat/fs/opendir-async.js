// fs.opendir callback/promise forms, Dir.read/close callbacks and promises, async iteration.
const fs = require('fs');
const { setup, t, fmt } = require('./fixtures/common');
setup('opendir-async');
fs.mkdirSync('d/s', { recursive: true });
for (const n of ['x', 'y']) fs.writeFileSync(`d/${n}`, '');
(async () => {
  await new Promise((resolve) => fs.opendir('d', (err, dir) => {
    console.log('opendir cb', err, dir.path);
    const names = [];
    const next = () => dir.read((err, e) => {
      if (err) console.log('read err', fmt(err));
      if (e) { names.push(e.name); return next(); }
      console.log('cb entries', names.sort().join());
      dir.close((...a) => { console.log('close cb', a); resolve(); });
    });
    next();
  }));
  await new Promise((resolve) => fs.opendir('nope', (err) => { console.log('opendir cb missing', fmt(err)); resolve(); }));
  t('opendir no cb', () => fs.opendir('d'));
  const dir = await fs.promises.opendir('d');
  const names = [];
  for await (const e of dir) names.push(`${e.name}:${e.isFile()}`);
  console.log('for await', names.sort().join());
  await dir.close().catch((e) => console.log('close after iteration', e.code, e.message));
  const dir2 = await fs.promises.opendir('d', { bufferSize: 1 });
  const first = await dir2.read();
  console.log('promise read', typeof first.name, first instanceof fs.Dirent);
  await dir2.close();
  await dir2.read().catch((e) => console.log('read closed', e.code, e.message));
  try { dir2.read(() => {}); } catch (e) { console.log('read cb closed', e.code); }
  await new Promise((r) => dir2.close((err) => { console.log('close cb closed', err.code); r(); }));
  const dir3 = fs.opendirSync('d');
  const seen = [];
  for await (const e of dir3) { seen.push(e.name); break; }
  console.log('break closes', seen.length);
  try { dir3.readSync(); } catch (e) { console.log('after break', e.code); }
  const dir4 = fs.opendirSync('d');
  const p = dir4.read();
  try { dir4.readSync(); } catch (e) { console.log('concurrent sync', e.code, e.message); }
  await p;
  await dir4.close();
  await fs.promises.opendir('nope').catch((e) => console.log('promise missing', e.code, e.message));
  const dir5 = await fs.promises.opendir('d');
  const all = [];
  for await (const e of dir5.entries()) all.push(e.name);
  console.log('entries()', all.sort().join());
})();
