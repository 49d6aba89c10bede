// subclassing: class extends, util.inherits + EventEmitter.call, mixing in
const EventEmitter = require('events');
const util = require('util');
class Child extends EventEmitter {
  constructor() { super(); this.name = 'child'; }
  fire() { return this.emit('fired', this.name); }
}
const c = new Child();
c.on('fired', (n) => console.log('fired', n));
console.log(c.fire(), c instanceof EventEmitter, c.constructor.name);
function Old() { EventEmitter.call(this); this.old = true; }
util.inherits(Old, EventEmitter);
const o = new Old();
o.on('x', function () { console.log('old x', this.old); });
o.emit('x');
console.log(Object.keys(o), o instanceof EventEmitter, Old.super_ === EventEmitter);
// EventEmitter callable without new? (a function constructor)
const viaCall = {};
EventEmitter.call(viaCall);
console.log(Object.keys(viaCall), viaCall._eventsCount);
// mixin
const mixin = Object.assign({}, EventEmitter.prototype);
mixin.on('m', () => console.log('mixin works'));
mixin.emit('m');
// EventEmitter.EventEmitter self reference
console.log(EventEmitter.EventEmitter === EventEmitter, require('events').EventEmitter === EventEmitter, require('node:events') === EventEmitter);
// options passed through super()
class Cap extends EventEmitter { constructor() { super({ captureRejections: true }); } }
const cap = new Cap();
cap.on('e', async () => { throw new Error('subclass captured'); });
cap.on('error', (err) => console.log(err.message));
cap.emit('e');
console.log(EventEmitter.name, EventEmitter.length, typeof EventEmitter.init, EventEmitter.usingDomains);
// a subclass that defines _events in its prototype
function Weird() { EventEmitter.call(this); }
Weird.prototype = Object.create(EventEmitter.prototype);
const w1 = new Weird(); const w2 = new Weird();
w1.on('a', () => {});
console.log(w1.listenerCount('a'), w2.listenerCount('a'), w1._events !== w2._events);
