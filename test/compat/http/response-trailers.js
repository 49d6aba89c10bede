'use strict';
// http compat: response trailers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.writeHead(200, { 'Trailer': 'X-Sum' });
  res.write('part');
  res.addTrailers({ 'X-Sum': 'abc', 'X-Other': ['1', '2'] });
  res.end();
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
const s2 = await serve((req, res) => {
  try { res.addTrailers({ 'bad name': 'v' }); } catch (e) { console.log(e.code, e.message); }
  try { res.addTrailers({ 'ok': 'a\nb' }); } catch (e) { console.log(e.code, e.message); }
  res.end();
});
await raw(s2.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
s.close(); s2.close();
})();
