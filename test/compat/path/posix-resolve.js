'use strict';
// path.posix.resolve with absolute parts (results independent of the cwd).
const path = require('path').posix;
for (const parts of [["/a", "b"], ["/a", "/b"], ["/a", "b", "..", "c"], ["/", ".."], ["/a/", "./b/"], ["/foo/bar", "./baz"], ["/foo/bar", "/tmp/file/"], ["/x", "wwwroot", "static_files/png/", "../gif/image.gif"], ["/a", "", "b"], ["/a/b", "../../.."], ["/a\\b", "c"]]) console.log(JSON.stringify(parts), '->', JSON.stringify(path.resolve(...parts)));
