'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
const dump = (t) => console.log(t, JSON.stringify({ writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, len: w.writableLength, need: w.writableNeedDrain, corked: w.writableCorked, hwm: w.writableHighWaterMark, obj: w.writableObjectMode, destroyed: w.destroyed, closed: w.closed, errored: w.errored, aborted: w.writableAborted }));
dump('init');
w.write('abcd');
dump('written');
w.end();
dump('ended');
w.on('finish', () => dump('finish'));
w.on('close', () => dump('close'));
