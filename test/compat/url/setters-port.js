// URL port setter: numbers, default ports, junk after digits, out of range, non-strings.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a/', '8080'], ['http://a/', '80'], ['https://a/', '443'], ['http://a:8/', ''], ['http://a/', '8080abc'],
  ['http://a/', 'abc'], ['http://a/', '65536'], ['http://a/', '65535'], ['http://a/', '0'], ['http://a/', 8081], ['file:///x', '8'],
  ['sc://h/', '9'], ['sc:x', '9'], ['http://a/', ' 1'], ['http://a/', '1 '], ['http://a/', '-1'], ['http://a/', '00012'], ['http://a/', 1.5]];
for (const [href, v] of cases) { const u = new URL(href); u.port = v; console.log(href, JSON.stringify(v), u.href, JSON.stringify(u.port)); }
