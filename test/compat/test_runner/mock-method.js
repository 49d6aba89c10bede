// mock.method(): replaces and restores methods, own and inherited, records calls.
const { mock } = require('node:test');
const obj = {
  base: 10,
  add(x) {
    return this.base + x;
  },
};
const m = mock.method(obj, 'add');
console.log(obj.add(5), m === obj.add, obj.add.mock.callCount(), obj.add.mock.calls[0].this === obj);
mock.method(obj, 'add', (x) => x * 100);
console.log('replaced', obj.add(2));
class Animal {
  speak() {
    return 'generic';
  }
}
const dog = new Animal();
mock.method(dog, 'speak', () => 'woof');
console.log(dog.speak(), Object.hasOwn(dog, 'speak'), new Animal().speak());
dog.speak.mock.restore();
console.log('restored', dog.speak(), Object.hasOwn(dog, 'speak'));
const own = { f() { return 'own'; } };
const desc1 = Object.getOwnPropertyDescriptor(own, 'f');
const mf = mock.method(own, 'f', () => 'mocked', { times: 1 });
console.log(own.f(), own.f(), mf.mock.callCount());
mf.mock.restore();
console.log('restored own', own.f === desc1.value);
const math = Object.create(Math);
mock.method(math, 'max', () => -1);
console.log('math', math.max(1, 2), Math.max(1, 2));
mock.reset();
console.log('after reset', obj.add(5), math.max(1, 2));
