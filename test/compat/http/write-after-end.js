'use strict';
// http compat: write after end
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.on('error', (e) => console.log('error event', e.code, e.message));
  res.end('x');
  const r = res.write('y', (err) => console.log('write cb', err && err.code));
  console.log('write returned', r);
  res.end('z', (err) => console.log('end cb', err && err.code));
  try { res.write(null); } catch (e) { console.log(e.code, e.message); }
  try { res.write(5); } catch (e) { console.log(e.code, e.message); }
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
