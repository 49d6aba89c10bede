'use strict';
// http compat: write processing
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.writeProcessing(); res.writeContinue(); res.end('final'); });
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
