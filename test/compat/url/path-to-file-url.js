// pathToFileURL on POSIX: percent-encoding of every ASCII character, trailing slashes.
const { URL, URLSearchParams } = require('url');

const { pathToFileURL } = require('url');
let all = ''; for (let i = 1; i < 128; i++) all += String.fromCharCode(i);
console.log(pathToFileURL('/' + all).href);
for (const p of ['/a/b', '/a/b/', '/a/./b/../c', '/é ü/😀', '//double', '/a#b?c', '/%', '/trailing/.', '/x\\y']) console.log(p, pathToFileURL(p).href);
console.log(pathToFileURL('/x') instanceof URL);
for (const bad of [1, null, undefined]) { try { pathToFileURL(bad); } catch (e) { console.log(e.name, e.code, e.message); } }
