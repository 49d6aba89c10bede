'use strict';
// http compat: custom classes
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
class MyReq extends http.IncomingMessage { hello() { return 'req:' + this.url; } }
class MyRes extends http.ServerResponse { hi() { return this.end('custom ' + this.req.hello()); } }
const s = await serve({ IncomingMessage: MyReq, ServerResponse: MyRes }, (req, res) => { console.log(req instanceof MyReq, res instanceof MyRes); res.hi(); });
show(await raw(s.address().port, 'GET /z HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
