'use strict';
// tls.checkServerIdentity() on its own: DNS names, wildcards, CN fallback, IP addresses.
const tls = require('tls');

const cases = [
  ['a.com', { subjectaltname: 'DNS:a.com' }],
  ['A.COM', { subjectaltname: 'DNS:a.com' }],
  ['a.com.', { subjectaltname: 'DNS:a.com' }],
  ['b.com', { subjectaltname: 'DNS:a.com' }],
  ['x.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['y.x.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['a.com', { subjectaltname: 'DNS:*.com' }],
  ['foo.a.com', { subjectaltname: 'DNS:f*.a.com' }],
  ['foo.a.com', { subjectaltname: 'DNS:*o.a.com' }],
  ['bar.a.com', { subjectaltname: 'DNS:f*.a.com' }],
  ['xn--x.a.com', { subjectaltname: 'DNS:xn--*.a.com' }],
  ['a.com', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', { subject: { CN: ['b.com', 'a.com'] } }],
  ['a.com', { subjectaltname: 'DNS:b.com', subject: { CN: 'a.com' } }],
  ['a.com', { subject: {} }],
  ['a.com', {}],
  ['8.8.8.8', { subjectaltname: 'IP Address:8.8.8.8' }],
  ['8.8.8.8', { subjectaltname: 'DNS:8.8.8.8' }],
  ['8.8.8.8', { subjectaltname: 'IP Address:1.1.1.1, IP Address:2.2.2.2' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['8.8.8.8', { subject: { CN: '8.8.8.8' } }],
  ['a.com', { subjectaltname: 'DNS:x.com, DNS:a.com, IP Address:1.2.3.4' }],
  ['a.com', { subjectaltname: 'URI:http://a.com/' }],
];

for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  if (err === undefined) {
    console.log(host, JSON.stringify(cert), '=> ok');
  } else {
    console.log(host, JSON.stringify(cert), '=>', err.name, err.code, JSON.stringify(err.message),
                JSON.stringify(err.reason), err.host, err.cert === cert);
  }
}
