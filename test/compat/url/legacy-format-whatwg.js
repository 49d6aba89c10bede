// url.format(URL, options): auth, fragment, search and unicode options.

const url = require('url');
const { URL } = url;
const u = new URL('http://user:pw@xn--mnchen-3ya.de:81/p?q=1#frag');
const opts = [undefined, {}, { auth: false }, { fragment: false }, { search: false }, { unicode: true }, { auth: 0, fragment: '', search: null, unicode: 1 }];
for (const o of opts) console.log(JSON.stringify(o), url.format(u, o));
console.log(url.format(new URL('sc:opaque?x#y'), { search: false, fragment: false }), url.format(new URL('file:///C:/x'), { unicode: true }));
console.log(url.format(new URL('http://h/?#'), {}), url.format(new URL('http://h/?#'), { search: false, fragment: false }));
for (const bad of [1, 'x', null]) { try { url.format(u, bad); } catch (e) { console.log(e.name, e.code, e.message); } }
