'use strict';
// path.posix.isAbsolute over a table of inputs.
const path = require('path').posix;
const inputs = ["", ".", "..", "/", "//", "///", "a", "a/", "a//", "/a", "/a/", "//a", "///a", "a/b", "a/b/", "a//b", "a/./b", "a/../b", "../a", "../../a/b", "a/b/../..", "a/b/../../..", "/..", "/../a", "/a/..", "./", "./a", "a/.", ".a", "..a", "a.", "a..", "a.b", "a.b.c", ".a.b", "/a/b.c/", "/a/.b", "a/b/c/../d/./e", "/foo/bar//baz/asdf/quux/..", "é/ü.txt", "a b/c d", "\\a\\b", "a\\b/c"];
for (const p of inputs) {
  try {
    console.log(JSON.stringify(p), '->', JSON.stringify(path.isAbsolute(p)));
  } catch (err) {
    console.log(JSON.stringify(p), 'throws', err.name, err.code, err.message);
  }
}
