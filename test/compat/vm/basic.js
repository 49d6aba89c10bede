// vm: scripts in this context, separate contexts, compileFunction, errors.
const vm = require('vm');
console.log(Object.keys(vm));
const ctx = vm.createContext({ a: 1 });
console.log(vm.runInContext('a + 1; b = 5; typeof require', ctx), ctx.b, vm.isContext(ctx), vm.isContext({}));
console.log(vm.runInNewContext('x * 2', { x: 21 }));
const s = new vm.Script('this.y = (this.y || 0) + 1', { filename: 'f.js' });
const c2 = {};
vm.createContext(c2);
s.runInContext(c2);
s.runInContext(c2);
console.log(c2.y);
console.log(vm.runInThisContext('typeof globalThis.process'));
try { vm.runInNewContext('throw new TypeError("t")'); } catch (e) { console.log(e instanceof TypeError, e.name, e.message); }
try { new vm.Script('let let'); } catch (e) { console.log(e.name); }
console.log(vm.compileFunction('return a + b', ['a', 'b'])(1, 2));
console.log(vm.runInNewContext('typeof Array.prototype.map + typeof console'));
const arr = vm.runInNewContext('[1, 2]');
console.log(Array.isArray(arr), arr instanceof Array, arr.length);
try { vm.runInContext('1', {}); } catch (e) { console.log(e.code, e.message); }
try { vm.isContext(1); } catch (e) { console.log(e.code); }
globalThis.shared = 'main';
console.log(vm.runInNewContext('typeof shared'), vm.runInThisContext('shared'));
