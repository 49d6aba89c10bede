// util.inspect of class constructors, including heritage.
const { inspect } = require('util');
class A {}
class B extends A {}
class C extends B { static x = 1; }
const D = class {};
const E = class Named {};
class F extends Array {}
class G extends Error {}
class H extends null {}
const I = class extends A {};
class /* comment */ J {}
class K extends (class Inner {}) {}
const values = [A, B, C, D, E, F, G, H, I, J, K, class {}, Object.assign(class L {}, { prop: 1 })];
for (const v of values) console.log(inspect(v));
console.log(inspect({ classes: [A, B] }));
