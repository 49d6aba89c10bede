'use strict';
// http compat: client head 204
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { if (req.url === '/204') res.statusCode = 204; res.setHeader('Content-Length', req.url === '/204' ? 0 : 5); res.end(req.method === 'HEAD' || req.url === '/204' ? undefined : 'hello'); });
const p = s.address().port;
show(await fetchIt(p, { method: 'HEAD' }));
show(await fetchIt(p, { path: '/204' }));
show(await fetchIt(p, {}));
s.close();
})();
