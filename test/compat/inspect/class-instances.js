// util.inspect prefixes class instances with their constructor name.
const { inspect } = require('util');
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = [1]; } }
class Empty {}
const Anon = class {};
class WithStatic { static s = 1; }
function OldStyle() { this.x = 1; }
const proto = { constructor: OldStyle };
const fake = Object.create(proto);
class SubArray extends Array {}
class SubMap extends Map {}
class SubSet extends Set {}
class SubErr extends Error {}
class SubU8 extends Uint8Array {}
class SubPromise extends Promise {}
const values = [new Foo(), new Bar(), new Empty(), new Anon(), new WithStatic(), new OldStyle(), fake,
  SubArray.from([1, 2]), new SubArray(), new SubMap([[1, 'x']]), new SubSet([1]), new SubU8(3),
  new (class extends Foo {})(), Object.create(Foo.prototype), { nested: new Bar() }];
for (const v of values) console.log(inspect(v));
console.log(inspect(new (class Named extends Map {})(), { depth: 0 }));
