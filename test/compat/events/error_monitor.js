// errorMonitor listeners run before 'error' listeners, and do not count as handlers
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
console.log(typeof errorMonitor, errorMonitor.toString(), EventEmitter.errorMonitor === errorMonitor);
const e = new EventEmitter();
e.on(errorMonitor, (err, extra) => console.log('monitor', err.message, extra));
try { e.emit('error', new Error('unhandled'), 'x'); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('handled'), 'y');
console.log(e.eventNames().map(String), e.listenerCount(errorMonitor));
const e2 = new EventEmitter();
e2.on(errorMonitor, (v) => console.log('monitor sees', v));
try { e2.emit('error', 'str'); } catch (err) { console.log(err.code, err.message); }
