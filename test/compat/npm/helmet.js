// helmet: default security headers, custom CSP, disabled middlewares, standalone helpers.
const http = require('http');
const express = require('express');
const helmet = require('helmet');

const app = express();
app.use('/default', helmet());
app.use('/custom', helmet({
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", 'cdn.test'], upgradeInsecureRequests: null } },
  frameguard: { action: 'deny' },
  hsts: { maxAge: 123, includeSubDomains: false },
  xPoweredBy: false,
  crossOriginEmbedderPolicy: true,
  referrerPolicy: { policy: ['origin', 'unsafe-url'] },
}));
app.use('/off', helmet({ contentSecurityPolicy: false, strictTransportSecurity: false, xFrameOptions: false }));
app.use('/nosniff', helmet.noSniff());
app.get('*', (req, res) => res.send('body'));

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    }).on('error', reject);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const p of ['/default', '/custom', '/off', '/nosniff']) {
    const res = await get(port, p);
    console.log(p, res.statusCode);
    for (const k of Object.keys(res.headers).sort()) {
      if (k === 'date' || k === 'etag') continue;
      console.log('  ' + k + ': ' + res.headers[k]);
    }
  }
  try { helmet({ contentSecurityPolicy: { directives: { defaultSrc: 'bad value;' } } }); } catch (e) { console.log('error', e.name, e.message); }
  server.close(() => console.log('closed'));
});
