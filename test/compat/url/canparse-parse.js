// URL.canParse and URL.parse: with and without base, invalid arguments.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a'], ['a'], ['a', 'http://b'], ['a', 'bad'], [''], ['', 'http://x/y'], [1], [null], [undefined], ['/x', 'sc:o']];
for (const args of cases) {
  const p = URL.parse(...args);
  console.log(JSON.stringify(args), URL.canParse(...args), p === null ? null : p.href, p instanceof URL);
}
for (const f of [() => URL.canParse(), () => URL.parse()]) { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(URL.canParse.length, URL.parse.length, URL.canParse('x', undefined), typeof URL.parse('http://a', undefined));
