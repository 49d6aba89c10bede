const qs = require('qs');
const iconv = require('iconv-lite');
console.log(qs.parse('a[b][c]=1&a[d][]=2&a[d][]=3&e=%20x'), qs.stringify({ a: [1, 2], b: { c: 'd e' } }));
const buf = iconv.encode('héllo €', 'win1252');
console.log(buf, iconv.decode(buf, 'win1252'), iconv.decode(Buffer.from([0xc3, 0xa9]), 'utf8'), iconv.encodingExists('latin1'));
