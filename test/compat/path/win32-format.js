'use strict';
// path.win32.format and its parse round trip.
const path = require('path').win32;
for (const obj of [{"root": "/", "dir": "/a", "base": "b.c"}, {"dir": "a", "name": "b", "ext": ".c"}, {"dir": "a", "name": "b", "ext": "c"}, {"root": "/", "name": "x"}, {"root": "/", "dir": "/", "base": "x"}, {"base": "b", "name": "ignored", "ext": ".x"}, {}, {"dir": "", "root": "", "name": "n"}, {"root": "C:\\", "dir": "C:\\a", "base": "f"}, {"name": "a", "ext": ""}, {"dir": "d", "base": ""}, {"root": "r", "dir": "r", "name": "n", "ext": ".e"}]) console.log(JSON.stringify(obj), '->', JSON.stringify(path.format(obj)));
for (const p of ["C:/", "C:\\", "c:\\a\\..\\..", "C:a", "C:a\\b", "C:\\a\\b\\", "C:\\a\\b.c", "c:/a/b/../c", "\\\\server\\share", "\\\\server\\share\\", "\\\\server\\share\\a\\b", "//server/share/a/..", "\\\\server", "\\\\server\\", "\\\\\\server\\share", "\\\\?\\C:\\a\\..", "\\\\.\\pipe\\x", "//./x", "\\\\?\\UNC\\s\\sh\\a", "C:\\..\\a", "a:b", "ab:c", "CON", "CON:", "con:x", "AUX/", "x/c:/../y", "./d:", "1:\\a", "Z:\\"]) console.log(JSON.stringify(p), JSON.stringify(path.format(path.parse(p))));
for (const bad of [null, 5, 'str', undefined]) {
  try { path.format(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
