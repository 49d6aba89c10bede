'use strict';
// path functions on non-ASCII names and long paths.
const path = require('path');
const long = Array.from({ length: 200 }, (_, i) => 'seg' + (i % 7)).join('/');
console.log(path.normalize(long).length, path.join(long, '..', '..').length, path.basename(long), path.dirname(long).length);
for (const p of ['/ünï/cødé/文件.txt', 'emoji/😀/x.😀', '\u00e9/../\u00e8.md', 'tab\tname/x', 'new\nline.js']) {
  console.log(JSON.stringify([path.normalize(p), path.basename(p), path.extname(p), path.dirname(p), path.win32.normalize(p)]));
}
const parts = [];
for (let i = 0; i < 50; i++) parts.push(i % 3 === 0 ? '..' : 'd' + i);
console.log(path.join(...parts), path.posix.resolve('/', ...parts));
console.log(path.win32.join(...parts), path.win32.resolve('C:\\', ...parts));
