// Flow control in both directions: a paused server request stops and restarts reading, a
// response whose write() returned false gets 'drain', a paused client response keeps a bounded
// buffer, and a keep-alive socket that was paused mid-body is reused afterwards.
const http = require('http');
const { Writable } = require('stream');

const MB = 1 << 20;
const big = Buffer.alloc(MB, 0x61);
let serverDrains = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/upload') {
    // A slow sink: pipe() pauses the request whenever the sink is full.
    let got = 0;
    const sink = new Writable({ highWaterMark: 1024, write(c, e, cb) { got += c.length; setImmediate(cb); } });
    req.pipe(sink);
    sink.on('finish', () => res.end('uploaded ' + got));
    return;
  }
  if (req.url === '/download') {
    let n = 0;
    const pump = () => {
      while (n < 16) {
        n++;
        if (!res.write(big)) { serverDrains++; return res.once('drain', pump); }
      }
      res.end();
    };
    return pump();
  }
  res.end('small ' + req.url);
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function text(res) {
  return new Promise((resolve) => { let d = ''; res.setEncoding('utf8'); res.on('data', (c) => d += c); res.on('end', () => resolve(d)); });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // 1. upload 8 MB with write()/drain on the client, slow sink on the server
  const up = await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/upload', agent }, (res) => text(res).then(resolve));
    let sent = 0, clientDrains = 0;
    const pump = () => {
      while (sent < 8) {
        sent++;
        if (!req.write(big)) { clientDrains++; return req.once('drain', pump); }
      }
      console.log('client saw drain', clientDrains > 0);
      req.end();
    };
    pump();
  });
  console.log(up);
  // 2. download 16 MB, consumer pauses after every chunk
  const down = await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/download', agent }, (res) => {
      let total = 0, maxBuffered = 0;
      res.on('data', (c) => {
        total += c.length;
        res.pause();
        maxBuffered = Math.max(maxBuffered, res.readableLength);
        setImmediate(() => res.resume());
      });
      res.on('end', () => resolve({ total, bounded: maxBuffered < 2 * MB }));
    });
  });
  console.log('downloaded', down.total, 'buffer bounded', down.bounded, 'server saw drain', serverDrains > 0);
  // 3. the same keep-alive socket serves the next request
  let reused = null;
  const small = await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/after', agent }, (res) => text(res).then(resolve));
    req.on('socket', (s) => { reused = req.reusedSocket; });
  });
  console.log(small, 'reused socket', reused);
  agent.destroy();
  server.close(() => console.log('closed'));
});
