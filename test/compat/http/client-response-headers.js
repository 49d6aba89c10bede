'use strict';
// http compat: client response headers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Multi', ['x', 'y']);
  res.writeHead(200, 'Fine', { 'Content-Type': 'text/plain' });
  res.end('ok');
});
await new Promise((resolve) => http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
  console.log(res.statusCode, res.statusMessage, res.httpVersion);
  console.log(JSON.stringify(strip(res.headers)));
  console.log(JSON.stringify(res.rawHeaders.filter((x, i) => res.rawHeaders[i - (i % 2)] !== 'Date')));
  console.log(JSON.stringify(res.headersDistinct['set-cookie']));
  res.resume(); res.on('end', resolve);
}));
s.close();
})();
