// the shape of the node:events module object
const events = require('events');
console.log(typeof events, Object.keys(events));
console.log(Object.getOwnPropertyNames(events).filter((k) => !['length', 'name', 'prototype'].includes(k)));
console.log(Object.getOwnPropertyNames(events.prototype));
console.log(typeof events.once, typeof events.on, typeof events.getEventListeners, typeof events.getMaxListeners, typeof events.setMaxListeners, typeof events.addAbortListener, typeof events.listenerCount, typeof events.init);
console.log(events.usingDomains, events.defaultMaxListeners, events.captureRejections, String(events.errorMonitor), String(events.captureRejectionSymbol));
console.log(typeof events.kMaxEventTargetListeners, String(events.kMaxEventTargetListeners), String(events.kMaxEventTargetListenersWarned));
console.log(typeof events.EventEmitterAsyncResource, events.EventEmitterAsyncResource.name);
const desc = Object.getOwnPropertyDescriptor(events, 'defaultMaxListeners');
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
console.log(events.on.name, events.once.name, events.prototype.on.name, events.prototype.off.name, events.prototype.emit.name);
console.log(events.once.length, events.on.length, events.setMaxListeners.length, events.getEventListeners.length, events.addAbortListener.length);
const e = new events();
console.log(Object.getOwnPropertyNames(e), Object.getOwnPropertySymbols(e).length);
console.log(Object.prototype.propertyIsEnumerable.call(events.prototype, 'emit'));
