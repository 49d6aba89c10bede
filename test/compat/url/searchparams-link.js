// url.searchParams and the URL stay in sync in both directions.
const { URL, URLSearchParams } = require('url');

const u = new URL('http://a/p?x=1&y=2#h');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('z', 'a b'); console.log(u.href, u.search);
sp.delete('x'); sp.delete('y'); sp.delete('z'); console.log(u.href, JSON.stringify(u.search));
u.search = '?k=v&k=w'; console.log(sp.getAll('k'), sp.size);
u.search = ''; console.log(sp.size, u.href);
sp.set('é', '&='); console.log(u.href);
u.hash = ''; sp.sort(); console.log(u.href);
const o = new URL('sc:opaque  ?x=1');
o.searchParams.delete('x'); console.log(JSON.stringify(o.href), JSON.stringify(o.pathname));
u.href = 'http://b/?q=9'; console.log(sp.get('q'), sp.toString());
