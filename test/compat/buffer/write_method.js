'use strict';
// buf.write overloads
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
const mk = () => Buffer.alloc(6, '.');
t('basic', () => { const b = mk(); return [b.write('abc'), b.toString()]; });
t('offset', () => { const b = mk(); return [b.write('abc', 4), b.toString()]; });
t('offset len', () => { const b = mk(); return [b.write('abcdef', 1, 2), b.toString()]; });
t('enc', () => { const b = mk(); return [b.write('6162', 'hex'), b.toString()]; });
t('offset enc', () => { const b = mk(); return [b.write('6162', 2, 'hex'), b.toString()]; });
t('offset len enc', () => { const b = mk(); return [b.write('616263', 1, 2, 'hex'), b.toString()]; });
t('no split', () => { const b = Buffer.alloc(4); return [b.write('a€'), b.write('aa€'), b]; });
t('no split 4', () => { const b = Buffer.alloc(5); return [b.write('a😀😀'), b]; });
t('base64', () => { const b = mk(); return [b.write('aGVsbG8=', 'base64'), b.toString()]; });
t('latin1', () => { const b = mk(); return [b.write('é€', 'latin1'), b]; });
t('ascii', () => { const b = mk(); return [b.write('é€', 'ascii'), b]; });
t('hex partial', () => { const b = mk(); return [b.write('abzz', 'hex'), b]; });
t('hex none', () => { const b = mk(); return [b.write('zz', 'hex'), b]; });
t('hex odd', () => { const b = mk(); return [b.write('abc', 'hex'), b]; });
t('at end', () => mk().write('x', 6));
t('empty', () => mk().write(''));
