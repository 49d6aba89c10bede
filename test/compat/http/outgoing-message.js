'use strict';
// http compat: outgoing message
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const m = new http.OutgoingMessage();
m.setHeader('A', '1');
console.log(m.getHeader('a'), m.headersSent, m.writableEnded, m.writableFinished, m.writableObjectMode, m.writableCorked, m.finished, m.chunkedEncoding, m.sendDate, m.shouldKeepAlive);
try { m._implicitHeader(); } catch (e) { console.log(e.code, e.message); }
m.on('error', (e) => console.log('pipe error', e.code, e.message));
m.pipe();
try { m.getHeader(5); } catch (e) { console.log(e.code, e.message); }
try { m.hasHeader(); } catch (e) { console.log(e.code, e.message); }
try { m.setHeaders([]); } catch (e) { console.log(e.code, e.message); }
m.setHeaders(new Map([['x-map', 'm'], ['set-cookie', ['a', 'b']]]));
console.log(JSON.stringify(m.getHeaders()));
})();
