'use strict';
// http compat: agent props
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const a = new http.Agent();
console.log(a.keepAlive, a.keepAliveMsecs, a.maxSockets, a.maxFreeSockets, a.maxTotalSockets, a.scheduling, a.defaultPort, a.protocol, a.totalSocketCount);
const g = http.globalAgent;
console.log(g instanceof http.Agent, g.keepAlive, g.maxSockets, g.scheduling, JSON.stringify(g.options.timeout));
console.log(a.getName({ host: 'h', port: 1 }), a.getName({}), a.getName({ host: 'h', port: 2, localAddress: 'l', family: 4 }), a.getName({ socketPath: '/s' }));
try { new http.Agent({ scheduling: 'x' }); } catch (e) { console.log(e.code, e.message); }
try { new http.Agent({ maxTotalSockets: 'x' }); } catch (e) { console.log(e.code, e.message); }
console.log(typeof http.Agent.defaultMaxSockets, http.Agent.defaultMaxSockets);
})();
