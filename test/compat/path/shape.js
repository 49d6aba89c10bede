'use strict';
// path module shape: keys, separators, cross links, subpath modules, function names and lengths.
const path = require('path');
console.log(Object.keys(path));
console.log(Object.keys(path.win32));
console.log(path === path.posix, path.posix.posix === path.posix, path.win32.win32 === path.win32);
console.log(path.posix.win32 === path.win32, path.win32.posix === path.posix);
console.log(JSON.stringify([path.sep, path.delimiter, path.win32.sep, path.win32.delimiter]));
console.log(require('path/posix') === path.posix, require('path/win32') === path.win32);
console.log(require('node:path') === path, require('node:path/win32') === path.win32);
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
for (const k of Object.keys(path)) {
  if (typeof path[k] === 'function') console.log(k, path[k].name, path[k].length, path.win32[k].length);
}
