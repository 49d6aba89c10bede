// util.inspect of URLSearchParams and their iterators.
const { URL, URLSearchParams } = require('url');

const util = require('util');
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect(new URLSearchParams('a=1&b=2')));
const long = new URLSearchParams(); for (let i = 0; i < 12; i++) long.append('key' + i, 'value' + i);
console.log(util.inspect(long));
console.log(util.inspect(long.keys()), util.inspect(long.entries()));
const short = new URLSearchParams('a=1&b=2'); const it = short.values(); it.next();
console.log(util.inspect(it), util.inspect(short.entries()));
it.next(); console.log(util.inspect(it));
console.log(util.inspect({ x: { y: { z: short } } }), util.inspect({ x: { y: short.keys() } }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('q="x"&\'=\'')));
