// util.inspect never lists WeakMap/WeakSet entries by default.
const { inspect } = require('util');
const key = {};
const wm = new WeakMap([[key, 1]]);
const ws = new WeakSet([key]);
console.log(inspect(wm));
console.log(inspect(ws));
console.log(inspect(new WeakMap()));
console.log(inspect({ wm, ws }));
console.log(inspect(Object.assign(new WeakMap(), { extra: 1 })));
class MyWeak extends WeakMap {}
console.log(inspect(new MyWeak()));
console.log(inspect(typeof WeakRef === 'function' ? new WeakRef(key) : 'none'));
