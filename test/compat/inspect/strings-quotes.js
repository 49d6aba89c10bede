// util.inspect picks single, double or backtick quotes depending on content.
const { inspect } = require('util');
const values = ['', 'a', 'plain text', "it's", 'say "hi"', `it's "both"`, 'a\'"`', 'a\'"${x}', "'", '"', '`',
  "'\"", 'mixed \'single\' and `tick`', 'back\\slash', "it's a \\ path", '${not}'];
for (const v of values) console.log(inspect(v));
console.log(inspect(values));
console.log(inspect({ q: "it's", d: 'say "x"' }));
