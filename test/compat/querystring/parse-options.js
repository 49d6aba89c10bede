'use strict';
// parse: custom separators, maxKeys and decodeURIComponent.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

show(qs.parse('a=1;b:2;b:3', ';', ':'));
show(qs.parse('a==b&&c', '&&', '=='));
show(qs.parse('a=b', '', ''));
show(qs.parse('a=1&b=2&c=3&d', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&&&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2', null, null, { maxKeys: 0 }));
show(qs.parse('a=1&b=2', null, null, { maxKeys: -1 }));
const calls = [];
show(qs.parse('a=b&c&d=%zz&+x+=y%20z&=&k=', null, null, { decodeURIComponent: (s) => { calls.push(s); return s.toUpperCase(); } }));
show(calls);
show(qs.parse('a=%41&b=%', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
show(qs.parse('a=1', 5, 6));
