// fetch against a local http server: methods, bodies, JSON, redirects, network errors, abort, data: URLs.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/redir') { res.writeHead(302, { location: '/json' }); return res.end(); }
  let body = '';
  req.on('data', (d) => body += d);
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, ua: req.headers['user-agent'] }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/json`, { method: 'POST', body: 'hi' });
  console.log(r.status, r.ok, r.headers.get('content-type'), await r.json());
  const r2 = await fetch(`${base}/redir`);
  console.log(r2.status, r2.redirected, r2.url.endsWith('/json'), (await r2.json()).method);
  try { await fetch('http://127.0.0.1:1/'); } catch (e) { console.log(e.name, e.message, typeof e.cause); }
  const ac = new AbortController(); ac.abort();
  try { await fetch(base, { signal: ac.signal }); } catch (e) { console.log(e.name); }
  const d = await fetch('data:text/plain;base64,aGVsbG8=');
  console.log(await d.text(), d.headers.get('content-type'));
  server.close();
});
