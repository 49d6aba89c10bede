// close(): callback, 'close' event on next tick, asyncDispose, abort signal.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('close', () => console.log('close event'));
s.close(() => console.log('close callback'));
console.log('after close call');
const ac = new AbortController();
const s2 = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s2.on('close', () => console.log('aborted socket closed'));
ac.abort();
const s3 = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
s3.on('close', () => console.log('pre-aborted closed'));
const s4 = dgram.createSocket('udp4');
s4.bind(0, async () => {
  await s4[Symbol.asyncDispose]();
  console.log('disposed');
  await s4[Symbol.asyncDispose]();
  console.log('disposed twice');
});
