// cp filter: sync filter for cpSync (boolean required), async filters for cp/promises.cp.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('cp-filter');
fs.mkdirSync('src/skip', { recursive: true });
fs.mkdirSync('src/keep', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/b.log', 'B');
fs.writeFileSync('src/skip/c.txt', 'C');
fs.writeFileSync('src/keep/d.txt', 'D');
const calls = [];
fs.cpSync('src', 'out1', { recursive: true, filter: (s, d) => { calls.push(`${s}>${d}`); return !s.endsWith('.log') && !s.endsWith('skip'); } });
console.log(calls.sort().join(' '));
console.log('out1', fs.readdirSync('out1', { recursive: true }).sort().join());
try { fs.cpSync('src', 'out2', { recursive: true, filter: async () => true }); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.cpSync('src', 'out2', { recursive: true, filter: () => 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('root filtered', fs.cpSync('src', 'out3', { recursive: true, filter: () => false }), fs.existsSync('out3'));
(async () => {
  await fs.promises.cp('src', 'out4', { recursive: true, filter: async (s) => !s.includes('keep') });
  console.log('out4', fs.readdirSync('out4', { recursive: true }).sort().join());
  await fs.promises.cp('src', 'out5', { recursive: true, filter: (s) => s.endsWith('src') || s.endsWith('.txt') });
  console.log('out5', fs.readdirSync('out5', { recursive: true }).sort().join());
  await fs.promises.cp('src', 'out6', { recursive: true, filter: () => { throw new Error('filter threw'); } }).catch((e) => console.log('throwing filter', e.message));
  fs.cp('src', 'out7', { recursive: true, filter: async (s) => !s.endsWith('a.txt') }, (err) => {
    console.log('cb', err, fs.readdirSync('out7', { recursive: true }).sort().join());
  });
})();
