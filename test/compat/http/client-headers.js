'use strict';
// http compat: client headers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end(JSON.stringify(req.rawHeaders)); });
const p = s.address().port;
const showp = (x) => show(x.split(String(p)).join('PORT'));
showp((await fetchIt(p, { headers: { 'X-A': '1', 'x-b': ['2', '3'] } })).body);
showp((await fetchIt(p, { headers: ['X-Raw', 'r', 'Host', 'custom-host'] })).body);
showp((await fetchIt(p, { setHost: false })).body);
showp((await fetchIt(p, { auth: 'user:pass' })).body);
showp((await fetchIt(p, { agent: false })).body);
s.close();
})();
