// morgan: predefined and custom formats into a stream, skip, immediate, custom tokens.
const http = require('http');
const { Writable } = require('stream');
const morgan = require('morgan');

const lines = [];
const sink = new Writable({ write(chunk, enc, cb) { lines.push(chunk.toString()); cb(); } });

morgan.token('id', (req) => req.headers['x-id'] || '-');
const loggers = [
  morgan(':method :url :status :res[content-length] :req[x-id] :http-version :id', { stream: sink }),
  morgan('tiny', { stream: sink }),
  morgan('short', { stream: sink }),
  morgan('combined', { stream: sink, skip: (req, res) => res.statusCode < 400 }),
  morgan('dev', { stream: sink }),
  morgan(':method :url immediate', { stream: sink, immediate: true }),
  morgan((tokens, req, res) => `fn ${tokens.method(req, res)} ${tokens.status(req, res)} ${tokens.url(req, res)}`, { stream: sink }),
];

const server = http.createServer((req, res) => {
  let i = 0;
  const next = () => {
    if (i < loggers.length) return loggers[i++](req, res, next);
    if (req.url === '/missing') { res.statusCode = 404; return res.end('nope'); }
    if (req.url === '/error') { res.statusCode = 500; return res.end('boom!'); }
    res.setHeader('content-type', 'text/plain');
    res.end('hello world');
  };
  next();
});

function request(port, method, path, headers) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    r.on('error', reject);
    r.end();
  });
}

// Normalize machine-dependent parts: dates, addresses, response times.
function clean(s) {
  return s
    .replace(/\[[^\]]*\d{4}[^\]]*\]/g, '[<date>]')
    .replace(/127\.0\.0\.1|::ffff:127\.0\.0\.1/g, '<addr>')
    .replace(/\d+(\.\d+)? ms/g, '<t> ms')
    .replace(/\u001b\[\d+m/g, '')
    .trimEnd();
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await request(port, 'GET', '/a?b=1', { 'x-id': 'req-1', 'user-agent': 'test-agent/1.0', referer: 'http://ref.test/' }));
  console.log(await request(port, 'POST', '/missing', { 'user-agent': 'ua2' }));
  console.log(await request(port, 'DELETE', '/error', {}));
  setImmediate(() => {
    for (const l of lines) console.log(clean(l));
    server.close(() => console.log('closed'));
  });
});
