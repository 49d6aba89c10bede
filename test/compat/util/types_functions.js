// util.types checks for generator and async functions and generator objects.
const { types } = require('util');
class K {
  *gen() {}
  async am() {}
  async *agm() {}
  async() {}
  static *sg() {}
}
const fns = [
  ['function', function () {}], ['arrow', () => {}], ['generator', function* () {}],
  ['generator spaced', function * named() {}], ['async', async function () {}],
  ['async arrow', async () => {}], ['async arrow param', async (x) => x],
  ['async arrow bare', async x => x], ['async generator', async function* () {}],
  ['method', K.prototype.gen], ['async method', K.prototype.am],
  ['async gen method', K.prototype.agm], ['method named async', K.prototype.async],
  ['static gen', K.sg], ['class', K], ['bound gen', function* () {}.bind(null)],
  ['native', Math.max],
];
for (const [name, f] of fns) {
  console.log(name, types.isGeneratorFunction(f), types.isAsyncFunction(f));
}
const gen = (function* () {})();
const agen = (async function* () {})();
for (const [name, v] of [['generator object', gen], ['async generator object', agen],
  ['iterator', [][Symbol.iterator]()], ['object', {}], ['function', function* () {}]]) {
  console.log(name, types.isGeneratorObject(v));
}
