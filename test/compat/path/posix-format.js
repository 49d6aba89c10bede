'use strict';
// path.posix.format and its parse round trip.
const path = require('path').posix;
for (const obj of [{"root": "/", "dir": "/a", "base": "b.c"}, {"dir": "a", "name": "b", "ext": ".c"}, {"dir": "a", "name": "b", "ext": "c"}, {"root": "/", "name": "x"}, {"root": "/", "dir": "/", "base": "x"}, {"base": "b", "name": "ignored", "ext": ".x"}, {}, {"dir": "", "root": "", "name": "n"}, {"root": "C:\\", "dir": "C:\\a", "base": "f"}, {"name": "a", "ext": ""}, {"dir": "d", "base": ""}, {"root": "r", "dir": "r", "name": "n", "ext": ".e"}]) console.log(JSON.stringify(obj), '->', JSON.stringify(path.format(obj)));
for (const p of ["", ".", "..", "/", "//", "///", "a", "a/", "a//", "/a", "/a/", "//a", "///a", "a/b", "a/b/", "a//b", "a/./b", "a/../b", "../a", "../../a/b"]) console.log(JSON.stringify(p), JSON.stringify(path.format(path.parse(p))));
for (const bad of [null, 5, 'str', undefined]) {
  try { path.format(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
