'use strict';
// LazyTransform: the base of Hash and Hmac. They are Transform streams, but most programs only
// call update()/digest(), so node:stream is loaded (and the stream state built) on the first
// use of any stream method or property, never when crypto is required.

const { BuiltinModule } = require('internal/bootstrap/realm');

// Every property a Transform instance inherits from Transform.prototype and its ancestors,
// except the EventEmitter bookkeeping fields that read as undefined anyway and the ones
// Hash/Hmac define themselves.
const kStreamNames = [
  '_destroy', '_final', '_read', '_undestroy', '_write', '_writev', 'addListener',
  'closed', 'compose', 'cork', 'destroy', 'destroyed', 'drop', 'emit', 'end', 'errored',
  'eventNames', 'every', 'filter', 'find', 'flatMap', 'forEach', 'getMaxListeners', 'isPaused',
  'iterator', 'listenerCount', 'listeners', 'map', 'off', 'on', 'once', 'pause', 'pipe',
  'prependListener', 'prependOnceListener', 'push', 'rawListeners', 'read', 'readable',
  'readableAborted', 'readableBuffer', 'readableDidRead', 'readableEncoding', 'readableEnded',
  'readableFlowing', 'readableHighWaterMark', 'readableLength', 'readableObjectMode', 'reduce',
  'removeAllListeners', 'removeListener', 'resume', 'setDefaultEncoding', 'setEncoding',
  'setMaxListeners', 'some', 'take', 'toArray', 'uncork', 'unpipe', 'unshift', 'wrap',
  'writable', 'writableBuffer', 'writableCorked', 'writableEnded', 'writableFinished',
  'writableHighWaterMark', 'writableLength', 'writableNeedDrain', 'writableObjectMode', 'write',
];
// Own state fields the Transform constructor installs; reading one first builds them all.
const kStateNames = ['_readableState', '_writableState', '_transformState'];

function LazyTransform(options) {
  Object.defineProperty(this, '_options', {
    __proto__: null, value: options, writable: true, enumerable: true, configurable: true,
  });
}

let upgraded = false;
let Transform;

// Puts Transform.prototype under LazyTransform.prototype and drops the placeholders.
function upgrade() {
  if (upgraded) return;
  upgraded = true;
  Transform = require('stream').Transform;
  for (const name of kStreamNames) delete LazyTransform.prototype[name];
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
}

for (const name of kStreamNames) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      upgrade();
      return this[name];
    },
    set(value) {
      upgrade();
      this[name] = value;
    },
  });
}

for (const name of kStateNames) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      upgrade();
      // Builds the stream state on this instance (the constructor assigns these fields, and
      // the setter below turns each assignment into an own property).
      Transform.call(this, this._options);
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}

// Until the upgrade, LazyTransform.prototype inherits from a proxy whose only trap answers
// prototype-chain walks: once node:stream is loaded by anyone, `hash instanceof Transform`
// (or Readable, EventEmitter...) upgrades and holds, although no stream method was used.
// Property reads never reach it for the names above, so it costs nothing on the hot path.
if (BuiltinModule.isLoaded('stream')) {
  upgrade();
} else {
  const chainProbe = new Proxy({}, {
    __proto__: null,
    getPrototypeOf(target) {
      if (!upgraded && BuiltinModule.isLoaded('stream')) upgrade();
      return upgraded ? Transform.prototype : Reflect.getPrototypeOf(target);
    },
  });
  Object.setPrototypeOf(LazyTransform.prototype, chainProbe);
}

module.exports = { LazyTransform };
