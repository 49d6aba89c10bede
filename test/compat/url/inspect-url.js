// util.inspect of URL objects: nesting, depth, subclasses, arrays.
const { URL, URLSearchParams } = require('url');

const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h');
console.log(util.inspect(u));
console.log(util.inspect([u]));
console.log(util.inspect({ a: { b: u } }, { depth: 0 }));
console.log(util.inspect({ a: u }, { depth: 0 }));
console.log(util.inspect(u, { depth: 0 }));
class MyURL extends URL {}
console.log(util.inspect(new MyURL('sc:x')));
console.log(util.inspect(new URL('file:///C:/x')));
console.log(util.format('%s|%j', new URL('http://a'), new URL('http://b')));
