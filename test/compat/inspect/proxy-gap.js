// util.inspect of proxies: Node formats the target without running traps (a known cnode gap).
const { inspect } = require('util');
const target = { a: 1, b: [2] };
const logged = [];
const proxy = new Proxy(target, { get(t, k, r) { logged.push(String(k)); return Reflect.get(t, k, r); } });
console.log(inspect(proxy));
console.log(inspect(new Proxy([1, 2], {})));
console.log(inspect(new Proxy(function fn() {}, {})));
console.log(inspect(proxy, { showProxy: true }));
console.log(logged.length);
