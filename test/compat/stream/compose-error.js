'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const { compose } = require('stream');
const c = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('composed fail')); } }));
c.on('error', (e) => console.log('error', e.message));
c.on('close', () => console.log('close'));
c.write('x');
c.resume();
