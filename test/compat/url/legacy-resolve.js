// Legacy url.resolve: the RFC 3986 examples and Node's quirks.

const url = require('url');
const base = 'http://a/b/c/d;p?q';
for (const r of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
  '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
  'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'HTTP://X/Y']) console.log(JSON.stringify(r), url.resolve(base, r));
for (const [b, r] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['mailto:a@b.com', 'c@d.com'],
  ['foo:bar', 'baz'], ['file:///a/b', '../c'], ['http://u:p@h/x', '//h2/y'], ['http://u:p@h/x', '/y'], ['x/y', '../../z'], ['', 'a'], ['http://h', '']]) {
  console.log(JSON.stringify(b), JSON.stringify(r), url.resolve(b, r));
}
