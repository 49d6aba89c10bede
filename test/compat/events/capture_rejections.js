// captureRejections routes rejected listener promises to 'error'
const EventEmitter = require('events');
console.log(EventEmitter.captureRejections, typeof EventEmitter.captureRejectionSymbol, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
const e = new EventEmitter({ captureRejections: true });
e.on('x', async (v) => { throw new Error('rejected ' + v); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('x', 1);
const e2 = new EventEmitter({ captureRejections: true });
e2.on('y', async () => { throw new Error('array case'); });
e2.on('y', () => {});
e2.on('error', (err) => console.log('e2 error', err.message));
e2.emit('y');
const e3 = new EventEmitter({ captureRejections: false });
e3.on('z', async () => 'fine');
console.log('e3 emit', e3.emit('z'));
for (const bad of [1, 'yes', null]) {
  try { new EventEmitter({ captureRejections: bad }); console.log('ok', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { EventEmitter.captureRejections = 'x'; } catch (err) { console.log(err.code, err.message); }
EventEmitter.captureRejections = true;
const e4 = new EventEmitter();
e4.on('w', async () => { throw new Error('global capture'); });
e4.on('error', (err) => console.log('e4 error', err.message));
e4.emit('w');
EventEmitter.captureRejections = false;
const e5 = new EventEmitter();
console.log('e5 capture off', e5.emit('nothing'));
// thenable that rejects
const e6 = new EventEmitter({ captureRejections: true });
e6.on('t', () => ({ then(res, rej) { rej(new Error('thenable')); } }));
e6.on('error', (err) => console.log('e6 error', err.message));
e6.emit('t');
// error listener that rejects is not captured again
const e7 = new EventEmitter({ captureRejections: true });
e7.on('error', async (err) => { console.log('e7 error listener', err.message); });
e7.on('q', async () => { throw new Error('q failed'); });
e7.emit('q');
process.nextTick(() => console.log('tick'));
console.log('sync end');
