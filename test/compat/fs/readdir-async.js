// fs.readdir callback and promise forms, including recursive and withFileTypes.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('readdir-async');
fs.mkdirSync('d/x/y', { recursive: true });
fs.writeFileSync('d/one', '');
fs.writeFileSync('d/x/two', '');
fs.writeFileSync('d/x/y/three', '');
const sorted = (a) => a.slice().sort().join(',');
(async () => {
  await cb('cb', (done) => fs.readdir('d', (err, names) => done(err, sorted(names))));
  await cb('cb options', (done) => fs.readdir('d', { withFileTypes: true }, (err, ents) => done(err, sorted(ents.map((e) => e.name + (e.isDirectory() ? '/' : ''))))));
  await cb('cb recursive', (done) => fs.readdir('d', { recursive: true }, (err, names) => done(err, sorted(names))));
  await cb('cb recursive types', (done) => fs.readdir('d', { recursive: true, withFileTypes: true }, (err, ents) => done(err, sorted(ents.map((e) => `${e.parentPath}:${e.name}`)))));
  await cb('cb missing', (done) => fs.readdir('nope', done));
  await cb('cb recursive missing', (done) => fs.readdir('nope', { recursive: true }, done));
  await cb('cb not dir', (done) => fs.readdir('d/one', done));
  t('cb missing callback', () => fs.readdir('d'));
  console.log('promise', sorted(await fs.promises.readdir('d')));
  console.log('promise types', sorted((await fs.promises.readdir('d', { withFileTypes: true })).map((e) => `${e.name}:${e.isFile()}`)));
  console.log('promise recursive', sorted(await fs.promises.readdir('d', { recursive: true })));
  console.log('promise buffer', (await fs.promises.readdir('d/x/y', 'buffer')).map((b) => b.toString('hex')).join());
  await fs.promises.readdir('nope').catch((e) => console.log('promise missing', e.code, e.message));
  await fs.promises.readdir(3).catch((e) => console.log('promise bad', e.code, e.message));
})();
