'use strict';
// atob and btoa from node:buffer
const { Buffer } = require('buffer');
const show = (v) => {
  if (v instanceof Uint8Array) return `${v.constructor.name}(${v.length}) ${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}`;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return JSON.stringify(v);
};
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.message);
  }
};
const { atob, btoa } = require('buffer');
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u0000\u0080', '\u0100', '€']) {
  t('btoa ' + JSON.stringify(s), () => btoa(s));
}
for (const s of ['', 'YQ==', 'YQ', 'YQ=', 'Y', 'YWJj', ' Y W J j ', 'YW\nJj', 'YW!j', 'YWJj=', 'YQ===', 'ab=c', '/w==', '-_', 'YR==', '\u0100']) {
  t('atob ' + JSON.stringify(s), () => atob(s));
}
t('btoa none', () => btoa());
t('atob none', () => atob());
t('atob num', () => atob(12));
t('btoa num', () => btoa(12));
t('atob undefined', () => atob(undefined));
t('atob null', () => atob(null));
try { atob('*'); } catch (e) { console.log(e instanceof Error, e.name, e.code, e.message, e.constructor.name); }
