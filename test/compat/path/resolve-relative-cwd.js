'use strict';
// resolve, relative and toNamespacedPath against the cwd (printed relative to it).
const path = require('path');
process.chdir('/usr/lib'); // a fixed cwd so the golden does not depend on the checkout path
const cwd = process.cwd();
const strip = (s) => s.startsWith(cwd) ? '<cwd>' + s.slice(cwd.length) : s;
for (const parts of [[], [''], ['a'], ['a', 'b'], ['a', '..'], ['..', 'x'], ['.'], ['a/b/../c/']]) {
  console.log(JSON.stringify(parts), strip(path.resolve(...parts)));
}
console.log(path.relative('', ''), JSON.stringify(path.relative('a', 'a/b')), JSON.stringify(path.relative('a/b', '')));
console.log(JSON.stringify(path.relative(cwd, 'x/y')), JSON.stringify(path.relative('x/y', cwd)));
try { path.resolve('a', 5); } catch (err) { console.log(err.code, err.message); }
console.log(path.resolve(5, '/abs'));
