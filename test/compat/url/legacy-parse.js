// Legacy url.parse over a table of inputs: every field.

const url = require('url');
for (const s of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM', '//x/y', '/p?q', 'p', '?q', '#h', 'mailto:a@b.c',
  'javascript:void(0)', 'http://a b', 'http://a\tb/c', 'http://[::1]:3000/x', 'http://[fe80::1]', 'http://ñ.com', 'http://a.com:xyz/', 'http://a@b@c/',
  'http://a\\b\\c?d\\e#f\\g', 'file:///etc/passwd', 'file://host/x', 'foo://bar', 'foo:bar', 'x:y:z', '  http://trim.me ', 'http://x.com/a?b?c#d#e',
  'http://x.com/ "<>`{|}^', 'http://x.com?a=1', 'http://x.com#a', 'https://a.b.c.d:443', 'HtTp://a/B', 'http://www.ExAmPlE.CoM/', 'http:/x', 'http:x', '', ' ', '/']) {
  try { console.log(JSON.stringify(s), JSON.stringify(url.parse(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
