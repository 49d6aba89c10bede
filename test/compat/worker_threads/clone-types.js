// Structured clone across threads: the worker echoes what it receives, the parent prints it.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const shared = { s: 1 };
  const circ = { name: 'circ' };
  circ.self = circ;
  const values = [
    undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -2147483648, 2 ** 40, 123n, -456n,
    '', 'text', 'ünïcödé \u{1F600}', [1, , 3], { a: 1, b: { c: [2] } }, new Date(86400000),
    /ab+c/gimsuy, new Map([[1, 'one'], ['k', { v: true }]]), new Set([1, 'x', 1]),
    new Uint8Array([1, 2, 255]), new Int16Array([-1, 300]), new Float64Array([0.5]),
    new BigInt64Array([5n]), new DataView(new ArrayBuffer(4)), new ArrayBuffer(3),
    Object(5), Object('str'), Object(false), [shared, shared], circ,
    new Error('plain'), new TypeError('typed'), new RangeError('ranged', { cause: 'why' }),
  ];
  const w = new Worker(__filename);
  let i = 0;
  w.on('message', (m) => {
    const v = m;
    if (v && typeof v === 'object' && Array.isArray(v) && v.length === 2 && v[0] === v[1]) {
      console.log(i++, 'identity kept', v[0]);
    } else if (v && v.name === 'circ') {
      console.log(i++, 'circular', v.self === v);
    } else if (v instanceof Error) {
      console.log(i++, 'error', v.constructor.name, v.name, v.message, v.cause, Object.keys(v));
    } else {
      console.log(i++, typeof v, Object.prototype.toString.call(v), v);
    }
    if (i === values.length) w.postMessage('done');
  });
  for (const v of values) w.postMessage(v);
} else {
  parentPort.on('message', (m) => {
    if (m === 'done') parentPort.close();
    else parentPort.postMessage(m);
  });
}
