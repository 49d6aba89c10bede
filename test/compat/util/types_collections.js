// util.types collection checks use internal slots, not Symbol.toStringTag or prototypes.
const { types } = require('util');
const fakeMap = { [Symbol.toStringTag]: 'Map' };
const protoMap = Object.create(Map.prototype);
class MyMap extends Map {}
const values = [
  ['Map', new Map()], ['MyMap', new MyMap()], ['Set', new Set()], ['WeakMap', new WeakMap()],
  ['WeakSet', new WeakSet()], ['fakeMap', fakeMap], ['protoMap', protoMap], ['object', {}],
  ['array', []], ['null', null], ['string', 'Map'],
];
for (const [name, v] of values) {
  console.log(name, types.isMap(v), types.isSet(v), types.isWeakMap(v), types.isWeakSet(v));
}
