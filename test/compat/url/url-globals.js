// URL and URLSearchParams are globals identical to node:url's exports.

const url = require('url');
console.log(typeof URL, typeof URLSearchParams, URL === url.URL, URLSearchParams === url.URLSearchParams);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams').writable);
console.log(new URL('http://global/').href);
