'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const d = new Duplex({
  read() {},
  write(c, e, cb) { this.push(c); cb(); },
  final(cb) { console.log('_final'); setImmediate(() => { this.push(null); cb(); }); },
});
const log = (m) => () => console.log(m, d.readableEnded, d.writableFinished, d.destroyed);
d.on('end', log('end')); d.on('finish', log('finish')); d.on('close', log('close')); d.on('prefinish', log('prefinish'));
d.on('data', (x) => console.log('data', x.toString()));
d.write('a');
d.end('b');
