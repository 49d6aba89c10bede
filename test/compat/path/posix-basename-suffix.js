'use strict';
// path.posix.basename with a suffix, including Node's quirky cases.
const path = require('path').posix;
for (const [p, s] of [["a.js", ".js"], ["a.js", "js"], ["a.js", "s"], ["a.js", "a.js"], ["/a/a.js", "a.js"], ["aaa", "a"], ["aaa", "aaa"], ["/aaa/", "aaa"], ["/aaa/", "a"], ["/aaa/", "aa"], ["a/b.js/", ".js"], ["/", "x"], ["//", "/"], ["a/", ""], ["file.txt.txt", ".txt"], ["../.", "."], ["x/y/", "/y/"], ["abc", "bc"], ["abc", "abcd"], ["C:\\a\\b.js", ".js"], ["C\\C\\C\\", ".CON\\C"], ["\\\\CON", "CON"], ["C:", "C:"], ["C:x", "x"]]) console.log(JSON.stringify(p), JSON.stringify(s), '->', JSON.stringify(path.basename(p, s)));
