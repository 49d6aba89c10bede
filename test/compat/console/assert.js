// console.assert writes to stderr only when the assertion fails; stdout stays untouched.
console.assert(true, 'never shown');
console.assert(1, 'truthy');
console.log('before');
const { Console } = require('console');
const out = [];
const sink = { write(chunk) { out.push(chunk); } };
const c = new Console({ stdout: sink, stderr: sink, ignoreErrors: false });
c.assert(false);
c.assert(false, 'message %s', 'formatted');
c.assert(0, { obj: 1 });
c.assert('', 'empty string', 1, 2);
c.assert(null, 'null');
c.assert(true, 'not written');
c.assert(false, '%d items', 3);
console.log(JSON.stringify(out));
