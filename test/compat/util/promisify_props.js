// util.promisify copies the original's own properties and prototype.
const util = require('util');
function original(a, cb) { cb(null, a); }
original.extra = 'x';
original[Symbol.for('tag')] = 'sym';
Object.defineProperty(original, 'hidden', { value: 'h', enumerable: false });
const p = util.promisify(original);
console.log(p.name, p.length, p.extra, p[Symbol.for('tag')], p.hidden);
console.log(Object.keys(p).join(','), Object.getOwnPropertyDescriptor(p, 'hidden').enumerable);
class Base {}
const proto = Object.setPrototypeOf(function withProto(cb) { cb(null, 'ok'); }, Base);
console.log(Object.getPrototypeOf(util.promisify(proto)) === Base);
const desc = Object.getOwnPropertyDescriptor(p, util.promisify.custom);
console.log(desc.enumerable, desc.writable, desc.configurable, desc.value === p);
