// cpSync/cp into an existing directory merges trees; timestamps and nested new dirs.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('cp-merge');
fs.mkdirSync('src/x/y', { recursive: true });
fs.writeFileSync('src/x/y/deep.txt', 'deep');
fs.writeFileSync('src/top.txt', 'new top');
fs.mkdirSync('dst/x', { recursive: true });
fs.writeFileSync('dst/top.txt', 'old top');
fs.writeFileSync('dst/x/extra.txt', 'extra');
fs.cpSync('src', 'dst', { recursive: true });
console.log('merged', fs.readdirSync('dst', { recursive: true }).sort().join());
console.log('overwritten', fs.readFileSync('dst/top.txt', 'utf8'));
fs.writeFileSync('dst/top.txt', 'old again');
fs.cpSync('src', 'dst', { recursive: true, force: false });
console.log('kept without force', fs.readFileSync('dst/top.txt', 'utf8'));
fs.utimesSync('src/x/y/deep.txt', 100, 200);
fs.cpSync('src', 'ts', { recursive: true, preserveTimestamps: true });
console.log('deep mtime', fs.statSync('ts/x/y/deep.txt').mtimeMs);
fs.cp('src', 'dst2/nested/here', { recursive: true }, (err) => {
  console.log('cb', err, fs.readdirSync('dst2', { recursive: true }).sort().join());
  fs.promises.cp('src/top.txt', 'dst2/nested/here/x').catch((e) => console.log('file onto dir', e.code));
});
