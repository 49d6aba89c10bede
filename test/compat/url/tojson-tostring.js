// URL toString, toJSON, JSON.stringify, String(), template literals and receiver checks.
const { URL, URLSearchParams } = require('url');

const u = new URL('http://a/b?c#d');
console.log(u.toString(), u.toJSON(), JSON.stringify(u), JSON.stringify({ u }), String(u), `${u}`, u + '');
for (const f of [() => URL.prototype.toString.call({}), () => URL.prototype.toJSON.call(1), () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({})]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.prototype.toString.call(u), u instanceof URL, typeof URL, URL.name, URL.length);
