// util.types boxed primitive checks.
const { types } = require('util');
const values = [
  ['Number', new Number(1)], ['String', new String('a')], ['Boolean', new Boolean(false)],
  ['BigInt', Object(1n)], ['Symbol', Object(Symbol('s'))], ['number', 1], ['string', 'a'],
  ['fakeNumber', Object.create(Number.prototype)], ['tagged', { [Symbol.toStringTag]: 'String' }],
  ['object', {}],
];
for (const [name, v] of values) {
  console.log(name, types.isNumberObject(v), types.isStringObject(v), types.isBooleanObject(v),
              types.isBigIntObject(v), types.isSymbolObject(v), types.isBoxedPrimitive(v));
}
