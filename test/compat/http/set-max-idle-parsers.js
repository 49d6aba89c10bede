'use strict';
// http compat: set max idle parsers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
for (const v of [1, 10, 0, -1, 'x', 1.5]) { try { http.setMaxIdleHTTPParsers(v); console.log('ok', v); } catch (e) { console.log(e.name, e.code, e.message); } }
})();
