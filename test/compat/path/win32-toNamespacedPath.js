'use strict';
// path.win32.toNamespacedPath over a table of inputs.
const path = require('path').win32;
process.chdir('/usr/lib'); // a fixed cwd so the golden does not depend on the checkout path
const inputs = ["", ".", "..", "/", "//", "///", "a", "a/", "a//", "/a", "/a/", "//a", "///a", "a/b", "a/b/", "a//b", "a/./b", "a/../b", "../a", "../../a/b", "a/b/../..", "a/b/../../..", "/..", "/../a", "/a/..", "./", "./a", "a/.", ".a", "..a", "a.", "a..", "a.b", "a.b.c", ".a.b", "/a/b.c/", "/a/.b", "a/b/c/../d/./e", "/foo/bar//baz/asdf/quux/..", "é/ü.txt", "a b/c d", "\\a\\b", "a\\b/c", "C:", "C:.", "C:..", "C:/", "C:\\", "c:\\a\\..\\..", "C:a", "C:a\\b", "C:\\a\\b\\", "C:\\a\\b.c", "c:/a/b/../c", "\\\\server\\share", "\\\\server\\share\\", "\\\\server\\share\\a\\b", "//server/share/a/..", "\\\\server", "\\\\server\\", "\\\\\\server\\share", "\\\\?\\C:\\a\\..", "\\\\.\\pipe\\x", "//./x", "\\\\?\\UNC\\s\\sh\\a", "C:\\..\\a", "a:b", "ab:c", "CON", "CON:", "con:x", "AUX/", "x/c:/../y", "./d:", "1:\\a", "Z:\\"];
for (const p of inputs) {
  try {
    console.log(JSON.stringify(p), '->', JSON.stringify(path.toNamespacedPath(p)));
  } catch (err) {
    console.log(JSON.stringify(p), 'throws', err.name, err.code, err.message);
  }
}
