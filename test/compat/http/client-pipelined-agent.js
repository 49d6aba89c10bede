'use strict';
// http compat: client pipelined agent
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
const s = await serve((req, res) => res.end(req.url));
const p = s.address().port;
const out = await Promise.all(['/a', '/b', '/c', '/d', '/e'].map((path) => fetchIt(p, { path, agent })));
console.log(out.map((o) => o.body + ':' + o.headers.connection).join(' '));
await new Promise((r) => setTimeout(r, 20));
console.log('free', Object.values(agent.freeSockets).flat().length, 'total', agent.totalSocketCount);
agent.destroy();
s.close();
})();
