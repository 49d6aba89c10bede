'use strict';
// path.posix.relative between absolute paths.
const path = require('path').posix;
for (const [from, to] of [["/var/lib", "/var"], ["/var/lib", "/bin"], ["/var/lib", "/var/lib"], ["/var/lib", "/var/apache"], ["/var/", "/var/lib"], ["/", "/var/lib"], ["/foo/test", "/foo/test/bar/package.json"], ["/Users/a/web/b/test/mails", "/Users/a/web/b"], ["/foo/bar/baz-quux", "/foo/bar/baz"], ["/foo/bar/baz", "/foo/bar/baz-quux"], ["/baz-quux", "/baz"], ["/baz", "/baz-quux"], ["/page1/page2/foo", "/"], ["/a/b/c", "/a/x/y"], ["/a", "/a/b/c/d"]]) console.log(JSON.stringify(from), JSON.stringify(to), '->', JSON.stringify(path.relative(from, to)));
