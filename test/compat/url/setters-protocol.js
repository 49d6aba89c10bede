// URL protocol setter: special/non-special switches, file rules, invalid values.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a/', 'https'], ['http://a/', 'HTTPS:'], ['http://a/', 'sc'], ['sc://a/', 'http'], ['http://a:443/', 'https'],
  ['https://a:80/', 'http'], ['http://u@a/', 'file'], ['file:///x', 'http'], ['file://h/x', 'http'], ['http://a/', 'ws:xyz'],
  ['http://a/', '1x'], ['http://a/', ''], ['mailto:x', 'sc'], ['sc:x', 'mailto'], ['ws://a:80/', 'wss'], ['http://a/', 'h t']];
for (const [href, v] of cases) { const u = new URL(href); u.protocol = v; console.log(href, JSON.stringify(v), u.href); }
