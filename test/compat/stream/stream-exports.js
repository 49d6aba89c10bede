'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { Buffer } = require('buffer');
const show = (v) => (v && typeof v === 'object' && typeof v.length === 'number' && !Array.isArray(v) ? `<${v.constructor.name} ${v.toString()}>` : JSON.stringify(v));
function on(s, name, evs) {
  for (const e of evs) s.on(e, (...a) => console.log(name, e, ...a.map((x) => x instanceof Error ? `${x.name} ${x.code} ${x.message}` : (x && x.on ? '[stream]' : show(x)))));
}
const s = require('stream');
console.log(typeof s, s === s.Stream, s.name);
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'compose', 'addAbortSignal', 'destroy', 'isReadable', 'isErrored', 'isDisturbed', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair']) console.log(k, typeof s[k]);
console.log(Object.keys(s.promises).sort().join(','));
console.log(Object.keys(require('stream/consumers')).sort().join(','));
const util = require('util');
console.log(util.promisify(s.pipeline) === s.promises.pipeline, util.promisify(s.finished) === s.promises.finished);
console.log(require('node:stream') === s);
const r = new s.Readable();
console.log(r instanceof s, r instanceof require('events'));
console.log(typeof s.Readable.prototype.map, typeof s.Readable.prototype.toArray, s.Readable.prototype.map.name, s.Readable.prototype.map.length);
