// URLSearchParams serialization: the form-urlencoded set, spaces as '+', UTF-8.
const { URL, URLSearchParams } = require('url');

let all = ''; for (let i = 0; i < 128; i++) all += String.fromCharCode(i);
const p = new URLSearchParams(); p.append(all, all); console.log(p.toString());
p.set('u', 'é ü 😀 \uD800'); console.log(p.toString());
console.log(new URLSearchParams('a=b+c%20d%2Be').get('a'), new URLSearchParams('a=%C3').get('a'), new URLSearchParams('a=%e2%82').get('a'));
const u = new URL('http://h/?a=b c'); console.log(u.search, u.searchParams.toString());
