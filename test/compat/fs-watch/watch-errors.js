// fs.watch argument validation and ENOENT.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('watch-errors');
const cases = [[1], [null], ['missing'], ['missing/deeper'], ['.', 5], ['.', { recursive: 'y' }], ['.', { encoding: 'bad' }],
  ['.', { signal: 1 }], ['.', {}, 5], ['.', true], ['x\0y']];
for (const a of cases) {
  try {
    const w = fs.watch(...a);
    console.log('ok', w.constructor.name);
    w.close();
  } catch (e) {
    console.log(e.name, e.code, e.message, e.errno, e.syscall, e.path, e.filename);
  }
}
// A watcher whose listener was rejected is already running (as in Node): end explicitly.
setTimeout(() => process.exit(0), 50);
