// The shape of URL and URLSearchParams: property names, enumerability, statics.
const { URL, URLSearchParams } = require('url');

for (const o of [URL.prototype, URLSearchParams.prototype, URL]) {
  for (const k of Reflect.ownKeys(o)) { const d = Object.getOwnPropertyDescriptor(o, k); console.log(String(k), d.enumerable, d.configurable, typeof d.get, typeof d.value); }
}
const u = new URL('http://a'); console.log(Object.keys(u), Reflect.ownKeys(u), Object.keys(new URLSearchParams('a=b')));
const copy = { ...u }; console.log(copy);
console.log(require('url').URL === URL, require('url').URLSearchParams === URLSearchParams);
