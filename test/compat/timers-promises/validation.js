// timers/promises argument validation: rejected promises, never synchronous throws.
const tp = require('timers/promises');
const cases = [
  ['setTimeout delay string', () => tp.setTimeout('1')],
  ['setTimeout delay object', () => tp.setTimeout({})],
  ['setTimeout options number', () => tp.setTimeout(1, 'v', 1)],
  ['setTimeout options null', () => tp.setTimeout(1, 'v', null)],
  ['setTimeout options string', () => tp.setTimeout(1, 'v', 'opts')],
  ['setTimeout signal number', () => tp.setTimeout(1, 'v', { signal: 1 })],
  ['setTimeout signal object', () => tp.setTimeout(1, 'v', { signal: {} })],
  ['setTimeout ref number', () => tp.setTimeout(1, 'v', { ref: 1 })],
  ['setTimeout ref null', () => tp.setTimeout(1, 'v', { ref: null })],
  ['setImmediate options', () => tp.setImmediate('v', 5)],
  ['setImmediate signal', () => tp.setImmediate('v', { signal: 'x' })],
  ['setImmediate ref', () => tp.setImmediate('v', { ref: 'yes' })],
  ['setInterval delay', () => tp.setInterval('x').next()],
  ['setInterval options', () => tp.setInterval(1, 'v', 1).next()],
  ['setInterval signal', () => tp.setInterval(1, 'v', { signal: 1 }).next()],
  ['setInterval ref', () => tp.setInterval(1, 'v', { ref: 0 }).next()],
];
(async () => {
  for (const [name, fn] of cases) {
    let p;
    try {
      p = fn();
    } catch (e) {
      console.log(name, 'threw synchronously', e.code);
      continue;
    }
    await p.then(() => console.log(name, 'resolved'), (e) => console.log(name, e.name, e.code, e.message));
  }
})();
