'use strict';
// subtle.digest rejections.
const { subtle } = require('crypto').webcrypto;
async function t(label, f) {
  try { await f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
(async () => {
  await t('md5', () => subtle.digest('MD5', new Uint8Array(1)));
  await t('string data', () => subtle.digest('SHA-256', 'abc'));
  await t('one arg', () => subtle.digest('SHA-256'));
  await t('no args', () => subtle.digest());
  await t('no name', () => subtle.digest({}, new Uint8Array(1)));
  await t('number', () => subtle.digest(1, new Uint8Array(1)));
  await t('bad this', () => subtle.digest.call({}, 'SHA-1', new Uint8Array(1)));
  await t('shake', () => subtle.digest('SHAKE-128', new Uint8Array(1)));
  const p = subtle.digest('MD5', new Uint8Array(1));
  console.log(p instanceof Promise);
  p.catch(() => console.log('rejected later'));
})();
