// EventEmitterAsyncResource basics
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { AsyncResource, executionAsyncId } = require('async_hooks');
const r = new EventEmitterAsyncResource({ name: 'MyResource' });
console.log(r instanceof EventEmitter, r.asyncResource instanceof AsyncResource, r.asyncResource.eventEmitter === r);
console.log(typeof r.asyncId, typeof r.triggerAsyncId, r.asyncId > 0);
r.on('x', (v) => console.log('x', v, executionAsyncId() === r.asyncId));
console.log(r.emit('x', 1), r.emit('none'));
class Named extends EventEmitterAsyncResource {}
const n = new Named();
console.log(n.asyncResource.constructor.name, typeof n.asyncId);
const s = new EventEmitterAsyncResource('StringName');
console.log(typeof s.asyncId);
for (const bad of [{}, { name: 5 }, undefined]) {
  try { new EventEmitterAsyncResource(bad); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
const c = new EventEmitterAsyncResource({ name: 'C', captureRejections: true });
c.on('y', async () => { throw new Error('captured'); });
c.on('error', (err) => console.log('error', err.message));
c.emit('y');
r.emitDestroy();
console.log('destroyed');
