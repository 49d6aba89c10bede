'use strict';
// http compat: incoming message standalone
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const m = new http.IncomingMessage(null);
console.log(m.url, m.method, m.statusCode, m.statusMessage, m.httpVersion, m.complete, m.aborted, JSON.stringify(m.headers), JSON.stringify(m.rawHeaders), JSON.stringify(m.trailers));
m.headers = { a: 1 };
console.log(JSON.stringify(m.headers));
console.log(m.socket, m.connection);
})();
