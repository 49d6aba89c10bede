// Headers, Request, Response and FormData without the network.
const h = new Headers({ 'Content-Type': 'text/plain', 'X-A': '1' });
h.append('x-a', '2'); h.append('Set-Cookie', 'a=1'); h.append('set-cookie', 'b=2');
console.log([...h], h.get('x-a'), h.getSetCookie(), h.has('X-A'), h.get('missing'));
h.delete('X-A'); h.set('y', ' trimmed ');
console.log([...h.keys()], h.get('y'));
try { h.append('bad name', 'x'); } catch (e) { console.log(e.name, e.message); }
const r = new Response('hello', { status: 201, headers: { a: 'b' } });
console.log(r.status, r.statusText, r.ok, r.headers.get('a'), r.headers.get('content-type'), r.bodyUsed, r.type, r.url, r.redirected);
console.log(Response.json({ a: 1 }).headers.get('content-type'), Response.error().type, Response.error().status, Response.redirect('http://x/', 301).headers.get('location'));
const q = new Request('http://example.com/p?q=1', { method: 'post', body: 'x' });
console.log(q.method, q.url, q.headers.get('content-type'), q.cache, q.credentials, q.mode, q.redirect, q.signal instanceof AbortSignal);
try { new Request('http://x', { method: 'GET', body: 'x' }); } catch (e) { console.log(e.name, e.message); }
try { new Response('x', { status: 99 }); } catch (e) { console.log(e.name); }
const fd = new FormData();
fd.append('a', '1'); fd.append('a', '2'); fd.set('b', 'x');
console.log(fd.getAll('a'), fd.get('b'), fd.has('c'), [...fd.keys()]);
(async () => {
  console.log(await r.text(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  const j = new Response('{"k":[1]}');
  console.log(await j.clone().json(), new Uint8Array(await j.arrayBuffer()).length);
  const b = await new Response('blob data', { headers: { 'content-type': 'text/x' } }).blob();
  console.log(b.size, b.type);
  const f = await new Response(new URLSearchParams('x=1&y=2')).formData();
  console.log([...f]);
})();
