'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
on(r, 'r', ['pause', 'resume', 'data', 'end']);
console.log('isPaused', r.isPaused(), r.readableFlowing);
r.pause();
console.log('isPaused', r.isPaused(), r.readableFlowing);
r.push('a');
r.resume();
console.log('after resume', r.isPaused(), r.readableFlowing);
setImmediate(() => {
  r.pause(); r.pause();
  r.push('b');
  console.log('paused len', r.readableLength);
  setImmediate(() => { r.resume(); r.push(null); });
});
