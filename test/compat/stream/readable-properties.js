'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const r = new Readable({ read() {} });
const dump = (t) => console.log(t, JSON.stringify({ readable: r.readable, flowing: r.readableFlowing, ended: r.readableEnded, length: r.readableLength, aborted: r.readableAborted, didRead: r.readableDidRead, destroyed: r.destroyed, closed: r.closed, errored: r.errored, hwm: r.readableHighWaterMark, obj: r.readableObjectMode, enc: r.readableEncoding }));
dump('init');
r.push('abc');
dump('pushed');
r.read(1);
dump('read1');
r.push(null);
r.on('end', () => dump('end'));
r.on('close', () => dump('close'));
r.resume();
