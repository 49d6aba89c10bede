// Domain to ASCII: IDNA mapping, punycode, case folding, invalid labels.
const { URL, URLSearchParams } = require('url');
function dump(u) {
  console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
}
function tryURL(input, base) {
  try {
    dump(base === undefined ? new URL(input) : new URL(input, base));
  } catch (e) {
    console.log('error', e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base));
  }
}

const inputs = [
  'http://münchen.de', 'http://MÜNCHEN.de', 'http://faß.de', 'http://xn--fa-hia.de', 'http://ÅBC.com', 'http://日本.jp',
  'http://a.b.c.', 'http://ex%41mple.com', 'http://%E2%98%83.net', 'http://☃.net', 'http://xn--n3h.net', 'http://xn--.com',
  'http://a..b', 'http://-x.com', 'http://x-.com', 'http://a_b.com', 'http://ａｂｃ.com', 'http://a\u00ADb.com', 'http://\u200Cx.com', 'http://xn--ls8h=',
  'http://Ⅻ.com', 'http://ﬀ.com', 'https://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
