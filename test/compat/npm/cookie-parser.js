// cookie-parser with express: plain, signed and JSON cookies; res.cookie/clearCookie headers.
const http = require('http');
const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser('s3cret'));
app.get('/read', (req, res) => res.json({ cookies: req.cookies, signed: req.signedCookies }));
app.get('/set', (req, res) => {
  res.cookie('plain', 'value 1');
  res.cookie('signedOne', 'tamper-proof', { signed: true, httpOnly: true, path: '/x' });
  res.cookie('obj', { a: 1, b: [2] });
  res.cookie('gone', 'x', { maxAge: 0 });
  res.clearCookie('old', { path: '/' });
  res.send('ok');
});

function get(port, path, cookie) {
  return new Promise((resolve, reject) => {
    const headers = cookie ? { cookie } : {};
    http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => d += c);
      res.on('end', () => resolve({ status: res.statusCode, setCookie: res.headers['set-cookie'], body: d }));
    }).on('error', reject);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const s = await get(port, '/set');
  console.log(s.status, s.body);
  // strip Expires dates: they depend on the clock
  for (const c of s.setCookie) console.log(' set-cookie:', c.replace(/Expires=[^;]+/, 'Expires=<date>'));
  const jar = s.setCookie.map((c) => c.split(';')[0]).join('; ');
  console.log((await get(port, '/read', jar)).body);
  const signedVal = cookieParser.signedCookie(decodeURIComponent(jar.match(/signedOne=([^;]+)/)[1]), 's3cret');
  console.log('signedCookie()', signedVal);
  console.log((await get(port, '/read', 'signedOne=s%3Atamper-proof.badsig; a=b; c="quoted"')).body);
  console.log((await get(port, '/read', 'j=j%3A%7B%22x%22%3A1%7D; bad=%E0%A4%A; empty=')).body);
  console.log((await get(port, '/read')).body);
  console.log('JSONCookies', JSON.stringify(cookieParser.JSONCookies({ a: 'j:[1,2]', b: 'j:{bad', c: 'x' })));
  server.close(() => console.log('closed'));
});
