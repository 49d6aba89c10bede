// mock.getter()/mock.setter() and method(..., { getter/setter: true }).
const { mock } = require('node:test');
const obj = {
  _v: 1,
  get value() {
    return this._v;
  },
  set value(v) {
    this._v = v;
  },
};
const g = mock.getter(obj, 'value', () => 42);
console.log('getter', obj.value, g.mock.callCount());
obj.value = 5;
console.log('setter untouched', obj._v);
g.mock.restore();
console.log('restored getter', obj.value);
const s = mock.setter(obj, 'value', function (v) {
  this._v = v * 2;
});
obj.value = 10;
console.log('setter', obj._v, s.mock.calls[0].arguments);
s.mock.restore();
obj.value = 10;
console.log('restored setter', obj._v);
const m = mock.method(obj, 'value', { getter: true });
console.log('method getter', obj.value, m.mock.callCount());
mock.restoreAll();
console.log('restoreAll', obj.value);
