// emit('error') without listeners throws the error or ERR_UNHANDLED_ERROR
const EventEmitter = require('events');
const e = new EventEmitter();
const values = [new Error('plain'), new TypeError('typed'), 'a string', 42, null, undefined, { a: 1 }, [1, 2], Symbol('s'), true];
for (const v of values) {
  try {
    e.emit('error', v);
    console.log('no throw');
  } catch (err) {
    console.log(err === v, err.name, err.code, err.message, 'context' in err, err.context === v);
  }
}
try { e.emit('error'); } catch (err) { console.log('no arg:', err.code, err.message, err.context); }
try { e.emit('error', 'x', 'y'); } catch (err) { console.log('two args:', err.message); }
class MyError extends Error {}
try { e.emit('error', new MyError('mine')); } catch (err) { console.log(err instanceof MyError, err.message); }
// once error handler: second error throws
e.once('error', (er) => console.log('handled', er.message));
e.emit('error', new Error('first'));
try { e.emit('error', new Error('second')); } catch (err) { console.log('thrown', err.message); }
// handler present: emit returns true
e.on('error', () => {});
console.log(e.emit('error', new Error('x')));
// other events are not special
console.log(new EventEmitter().emit('Error'));
// object without prototype
try { e.removeAllListeners('error'); e.emit('error', Object.create(null)); } catch (err) { console.log(err.code, err.message); }
