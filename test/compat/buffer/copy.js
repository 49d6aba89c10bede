'use strict';
// buf.copy ranges, overlap and errors
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
const src = Buffer.from('abcdef');
t('basic', () => { const d = Buffer.alloc(8, '.'); return [src.copy(d), d.toString()]; });
t('tstart', () => { const d = Buffer.alloc(8, '.'); return [src.copy(d, 4), d.toString()]; });
t('sstart', () => { const d = Buffer.alloc(8, '.'); return [src.copy(d, 0, 3), d.toString()]; });
t('send', () => { const d = Buffer.alloc(8, '.'); return [src.copy(d, 1, 1, 3), d.toString()]; });
t('send big', () => { const d = Buffer.alloc(8, '.'); return [src.copy(d, 0, 4, 100), d.toString()]; });
t('tstart big', () => src.copy(Buffer.alloc(2), 5));
t('sstart >= send', () => src.copy(Buffer.alloc(2), 0, 3, 3));
t('overlap', () => { const b = Buffer.from('123456'); b.copy(b, 2, 0, 4); return b.toString(); });
t('overlap back', () => { const b = Buffer.from('123456'); b.copy(b, 0, 2); return b.toString(); });
t('u8 target', () => { const d = new Uint8Array(3); src.copy(d); return Array.from(d); });
t('bad target', () => src.copy('x'));
t('neg tstart', () => src.copy(Buffer.alloc(3), -1));
t('neg sstart', () => src.copy(Buffer.alloc(3), 0, -1));
t('sstart big', () => src.copy(Buffer.alloc(3), 0, 7));
t('neg send', () => src.copy(Buffer.alloc(3), 0, 0, -1));
t('str args', () => { const d = Buffer.alloc(4, '.'); return [src.copy(d, '1', '2', '4'), d.toString()]; });
t('NaN args', () => { const d = Buffer.alloc(4, '.'); return [src.copy(d, NaN, NaN), d.toString()]; });
t('float args', () => { const d = Buffer.alloc(4, '.'); return [src.copy(d, 1.7, 0.2), d.toString()]; });
