// fs.statfs/statfsSync/promises.statfs: StatFs shape and bigint option.
const fs = require('fs');
const { setup, t, cb } = require('./fixtures/common');
setup('statfs');
const shape = (s) => `${s.constructor.name} ${Object.keys(s).join(',')} ${Object.values(s).map((v) => typeof v).join(',')} ${s.bsize > 0} ${s.blocks >= s.bfree}`;
t('sync', () => shape(fs.statfsSync('.')));
t('sync bigint', () => shape(fs.statfsSync('.', { bigint: true })));
t('missing', () => fs.statfsSync('missing'));
t('bad path', () => fs.statfsSync(7));
(async () => {
  await cb('cb', (done) => fs.statfs('.', (err, s) => done(err, shape(s))));
  await cb('cb bigint', (done) => fs.statfs('.', { bigint: true }, (err, s) => done(err, shape(s))));
  await cb('cb missing', (done) => fs.statfs('missing', done));
  t('no cb', () => fs.statfs('.'));
  console.log('promise', shape(await fs.promises.statfs('.')));
  await fs.promises.statfs('missing').catch((e) => console.log('promise missing', e.code, e.message));
})();
