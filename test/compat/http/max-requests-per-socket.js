'use strict';
// http compat: max requests per socket
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve({ maxRequestsPerSocket: 2 }, (req, res) => res.end(req.url));
console.log(s.maxRequestsPerSocket);
show(await raw(s.address().port, 'GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n'));
s.close();
})();
