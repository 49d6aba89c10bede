// util.inherits sets super_ and links the prototype chain; bad arguments throw.
const util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype, Dog.prototype.constructor === Dog);
const cases = [[null, Animal], [undefined, Animal], [Dog, null], [Dog, undefined],
  [Dog, () => {}], [Dog, { prototype: undefined }], [function () {}, function () {}.bind()]];
for (const [a, b] of cases) {
  try { util.inherits(a, b); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
