// a [Symbol.for('nodejs.rejection')] method receives captured rejections instead of 'error'
const EventEmitter = require('events');
class MyEmitter extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [EventEmitter.captureRejectionSymbol](err, event, ...args) {
    console.log('rejection handler', err.message, event, args);
  }
}
const m = new MyEmitter();
m.on('data', async (a, b) => { throw new Error('bad data'); });
m.on('error', () => console.log('error listener should not run'));
m.emit('data', 1, 2);
const m2 = new MyEmitter();
m2.on('many', async () => { throw new Error('many args'); });
m2.emit('many', 1, 2, 3, 4, 5);
// resolving promises are ignored
const m3 = new MyEmitter();
m3.on('ok', async () => 'fine');
m3.emit('ok');
// without captureRejections, the symbol method is not used
class Plain extends EventEmitter {
  [Symbol.for('nodejs.rejection')]() { console.log('should not run'); }
}
const p = new Plain();
p.on('x', () => Promise.resolve('not rejected'));
p.emit('x');
setTimeout(() => console.log('done'), 5);
