// domainToASCII / domainToUnicode on valid, invalid and odd inputs.
const { URL, URLSearchParams } = require('url');

const { domainToASCII, domainToUnicode } = require('url');
for (const d of ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'xn--iñvalid.com', '', 'a:b', 'a/b', 'a?b', '1.2.3', '0x7f.1', '[::1]',
  '[bad]', 'ex ample', 'a%41b', 'xn--', '日本.jp', 'faß.de', '☃', 'a..b', 42]) {
  console.log(JSON.stringify(d), JSON.stringify(domainToASCII(d)), JSON.stringify(domainToUnicode(d)));
}
for (const f of [() => domainToASCII(), () => domainToUnicode()]) { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } }
