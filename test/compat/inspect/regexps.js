// util.inspect of regular expressions with flags, subclasses and props.
const { inspect } = require('util');
class MyRe extends RegExp {}
const values = [/a/, /a+b*/gimsuy, new RegExp('a/b'), new RegExp(''), /[\n]/, /\d{2,}/d, new MyRe('x', 'g'),
  Object.assign(/x/, { extra: 1 }), /unicode\u{1F600}/u, /(?<name>x)/];
for (const v of values) console.log(inspect(v));
console.log(inspect({ re: /x/g, list: [/y/] }));
console.log(inspect({ a: { b: { c: /deep/ } } }));
console.log(inspect({ a: { b: { c: Object.assign(/deep/, { p: 1 }) } } }));
