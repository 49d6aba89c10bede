'use strict';
// path.win32.join with lists of parts.
const path = require('path').win32;
for (const parts of [["a", "b"], ["/a", "b"], ["a", "/b"], ["a/", "b"], ["", "a"], ["a", ""], ["", ""], ["/", "a"], ["a", ".."], ["a", "../.."], ["/a", "..", "..", "b"], ["a/b", "./c"], [".", "."], ["a", ".", "b/"], ["//a", "b"], ["a", "//b"], ["../a", "../b"], ["C:", "a"], ["C:\\", "a"], ["\\\\server", "share"], ["\\\\server", "share", "a"], ["//server/share", "..", "x"], ["\\\\\\server", "share"], ["\\\\", "server"], ["//", "a"], ["C:a", "..\\..\\b"], ["a", "C:\\b"], ["CON:", "a"], ["a", "CON:"], ["x", "a:"], ["", "\\\\?\\C:", "x"]]) console.log(JSON.stringify(parts), '->', JSON.stringify(path.join(...parts)));
console.log(JSON.stringify(path.join()));
