// urlToHttpOptions: fields for http.request from WHATWG URLs.
const { URL, URLSearchParams } = require('url');

const { urlToHttpOptions } = require('url');
for (const s of ['http://u%20:p%40@[::1]:80/a?b#c', 'https://a.com:8080/a?b#c', 'http://a', 'sc:opaque', 'http://u@h/']) console.log(urlToHttpOptions(new URL(s)));
console.log(urlToHttpOptions({ protocol: 'x:', hostname: '[h]', pathname: '/p', search: '?s', port: '', extra: 1 }));
