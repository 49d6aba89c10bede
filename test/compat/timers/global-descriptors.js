// Property descriptors of the timer globals.
for (const n of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, 'value' in d ? 'data' : 'accessor', 'writable', d.writable, 'enumerable', d.enumerable, 'configurable', d.configurable);
}
const orig = globalThis.setTimeout;
globalThis.setTimeout = () => 'replaced';
console.log('replaceable', setTimeout() === 'replaced');
globalThis.setTimeout = orig;
console.log('restored', setTimeout === require('timers').setTimeout);
