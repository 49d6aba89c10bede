// koa: middleware cascade, ctx.body JSON, status, headers.
const Koa = require('koa');
const app = new Koa();
const order = [];
app.use(async (ctx, next) => { order.push('a1'); await next(); order.push('a2'); ctx.set('x-order', order.join(',')); });
app.use(async (ctx) => {
  order.push('b');
  if (ctx.path === '/json') ctx.body = { path: ctx.path, q: ctx.query.q };
  else ctx.status = 404;
});
const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/json?q=1`);
  console.log(r.status, r.headers.get('x-order'), r.headers.get('content-type'), await r.json());
  const m = await fetch(`${base}/nope`);
  console.log(m.status, await m.text());
  server.close();
});
