'use strict';
// path.win32.resolve with absolute parts (results independent of the cwd).
const path = require('path').win32;
process.chdir('/usr/lib'); // a fixed cwd so the golden does not depend on the checkout path
for (const parts of [["C:\\a", "b"], ["C:\\a", "D:\\b"], ["C:\\a", "\\b"], ["c:/ignore", "d:\\a/b\\c/d", "\\e.exe"], ["c:/ignore", "c:/some/file"], ["d:/ignore", "d:some/dir//"], ["//server/share", "..", "relative\\"], ["c:/", "//"], ["c:/", "//dir"], ["c:/", "//server/share"], ["c:/", "//server//share"], ["c:/", "///some//dir"], ["C:\\foo\\tmp.3\\", "..\\tmp.3\\cycles\\root.js"], ["\\\\.\\pipe", "x"], ["\\\\?\\C:\\a", "..", "..", "b"], ["C:\\x", "C:y"], ["D:\\x", "C:y"]]) console.log(JSON.stringify(parts), '->', JSON.stringify(path.resolve(...parts)));
