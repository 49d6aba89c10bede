'use strict';
// http compat: client request closed
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { req.socket.destroy(); });
const r = await fetchIt(s.address().port, {});
console.log(r.error, r.message);
s.close();
})();
