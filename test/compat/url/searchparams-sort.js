// URLSearchParams.sort: stable, by UTF-16 code units.
const { URL, URLSearchParams } = require('url');

const p = new URLSearchParams('z=1&a=2&z=0&b=3&a=1&%F0%9F%98%80=e&%EF%BF%BD=f&A=4&=5');
p.sort(); console.log(p.toString());
const q = new URLSearchParams(); for (let i = 20; i > 0; i--) q.append(String.fromCharCode(97 + (i % 5)), String(i)); q.sort(); console.log(q.toString());
const u = new URL('http://a/?b=1&a=2#x'); u.searchParams.sort(); console.log(u.href);
