'use strict';
// path.posix.join with lists of parts.
const path = require('path').posix;
for (const parts of [["a", "b"], ["/a", "b"], ["a", "/b"], ["a/", "b"], ["", "a"], ["a", ""], ["", ""], ["/", "a"], ["a", ".."], ["a", "../.."], ["/a", "..", "..", "b"], ["a/b", "./c"], [".", "."], ["a", ".", "b/"], ["//a", "b"], ["a", "//b"], ["../a", "../b"]]) console.log(JSON.stringify(parts), '->', JSON.stringify(path.join(...parts)));
console.log(JSON.stringify(path.join()));
