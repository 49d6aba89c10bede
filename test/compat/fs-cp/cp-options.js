// fs.cp/cpSync/promises.cp option validation.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('cp-options');
fs.writeFileSync('f', 'x');
const bad = [5, 'str', { recursive: 1 }, { force: 'yes' }, { errorOnExist: null }, { dereference: 0 }, { preserveTimestamps: 'a' },
  { verbatimSymlinks: 1 }, { filter: 1 }, { mode: -1 }, { mode: 8 }, { mode: 'a' }, { dereference: true, verbatimSymlinks: true }, null];
for (const o of bad) {
  try { fs.cpSync('f', 'g', o); console.log('ok', JSON.stringify(o)); }
  catch (e) { console.log(JSON.stringify(o), e.name, e.code, e.message); }
}
for (const [s, d] of [[1, 'x'], ['f', 2], [null, 'x'], ['f\0', 'x'], [{}, 'x']]) {
  try { fs.cpSync(s, d); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { fs.cp('f', 'h'); } catch (e) { console.log('no cb', e.code, e.message); }
try { fs.cp('f', 'h', {}, 'nope'); } catch (e) { console.log('bad cb', e.code, e.message); }
try { fs.cp(1, 'h', () => {}); } catch (e) { console.log('cp bad src', e.code, e.message); }
fs.promises.cp(1, 'x').catch((e) => console.log('promise bad src', e.code, e.message));
fs.promises.cp('f', 'x', { recursive: 2 }).catch((e) => console.log('promise bad opt', e.code, e.message));
fs.cp('f', 'h', (err) => console.log('cp 3 args', err, fs.readFileSync('h', 'utf8')));
