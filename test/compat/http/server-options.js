'use strict';
// http compat: server options
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const bad = [{ headersTimeout: 10, requestTimeout: 5 }, { requestTimeout: -1 }, { headersTimeout: 'x' }, { insecureHTTPParser: 1 }, { requireHostHeader: 'yes' }, { maxHeaderSize: 1.5 }];
for (const o of bad) { try { http.createServer(o); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const o of ['x', 5, true]) { try { http.createServer(o); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
const s = http.createServer();
console.log(s.requestTimeout, s.headersTimeout, s.keepAliveTimeout, s.timeout, s.maxHeadersCount, s.maxRequestsPerSocket);
const s2 = http.Server({ keepAliveTimeout: 1 }, () => {});
console.log(s2 instanceof http.Server, s2 instanceof net.Server, s2.keepAliveTimeout, s2.listenerCount('request'));
})();
