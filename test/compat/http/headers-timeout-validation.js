'use strict';
// http compat: headers timeout validation
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = http.createServer({ headersTimeout: 1000, requestTimeout: 2000, keepAliveTimeout: 10 });
console.log(s.headersTimeout, s.requestTimeout, s.keepAliveTimeout);
const s2 = http.createServer({ requestTimeout: 0 });
console.log(s2.headersTimeout, s2.requestTimeout);
s.headersTimeout = 5; console.log(s.headersTimeout);
})();
