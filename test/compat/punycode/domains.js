// punycode.toASCII/toUnicode on domains, emails and separators.
const punycode = require('punycode');
const domains = ['mañana.com', 'example.com', 'bücher.example', '☃-⌘.com', 'user@mañana.com', 'a\u3002b\uFF0Ec\uFF61d',
  'xn--maana-pta.com', 'XN--MAANA-PTA.com', 'xn--ls8h.la', '💩.la', 'ñ', '', '.', 'a..b', 'a@b@ü'];
for (const d of domains) console.log(JSON.stringify(d), punycode.toASCII(d), punycode.toUnicode(d), punycode.toUnicode(punycode.toASCII(d)));
