// express 4: routing, params, query, JSON body parsing, status codes, 404 handler.
const express = require('express');
const app = express();
app.use(express.json());
app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, q: req.query }));
app.post('/echo', (req, res) => res.status(201).send(req.body));
app.use((err, req, res, next) => res.status(500).send(err.message));
const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const a = await fetch(`${base}/hello/cnode?x=1`);
  console.log(a.status, a.headers.get('content-type'), await a.json());
  const b = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ v: [1, 2] }) });
  console.log(b.status, await b.json());
  const c = await fetch(`${base}/missing`);
  console.log(c.status, (await c.text()).includes('Cannot GET /missing'));
  server.close();
});
