'use strict';
// http compat: agent false
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => res.end(req.headers.connection));
show(await fetchIt(s.address().port, { agent: false }));
show(await fetchIt(s.address().port, {}));
show(await fetchIt(s.address().port, { agent: new http.Agent({ keepAlive: false }) }));
s.close();
})();
