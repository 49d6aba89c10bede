// ws: WebSocket server + client: echo (text, binary, fragmented, large, permessage-deflate),
// ping/pong, close codes, verifyClient rejection, and broadcast to 200 clients.
const http = require('http');
const { WebSocketServer, WebSocket } = require('ws');

const server = http.createServer((req, res) => res.end('plain http'));
const wss = new WebSocketServer({
  noServer: true,
  perMessageDeflate: { threshold: 64 },
  verifyClient: (info, cb) => cb(info.req.headers['x-deny'] !== '1', 401, 'Denied'),
});
const broadcastWss = new WebSocketServer({ noServer: true, clientTracking: true });

wss.on('connection', (ws, req) => {
  ws.on('message', (data, isBinary) => {
    const text = isBinary ? null : data.toString();
    if (text === 'close-me') return ws.close(4001, 'bye now');
    if (text === 'terminate') return ws.terminate();
    ws.send(data, { binary: isBinary });
  });
  ws.on('ping', (d) => ws.send('got ping ' + d.toString()));
});

server.on('upgrade', (req, socket, head) => {
  const target = req.url === '/broadcast' ? broadcastWss : wss;
  target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
});
broadcastWss.on('connection', (ws) => {
  ws.on('message', (data) => {
    for (const c of broadcastWss.clients) if (c.readyState === WebSocket.OPEN) c.send('all:' + data);
  });
});

function open(url, opts) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, opts);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (req, res) => { reject(new Error('unexpected ' + res.statusCode)); req.destroy(); });
  });
}
const nextMessage = (ws) => new Promise((resolve) => ws.once('message', (d, bin) => resolve({ d, bin })));

server.listen(0, '127.0.0.1', async () => {
  const url = `ws://127.0.0.1:${server.address().port}`;
  const ws = await open(url + '/echo');
  console.log('open', ws.protocol === '', 'extensions:', ws.extensions);
  ws.send('hello');
  let m = await nextMessage(ws); console.log('text', m.bin, m.d.toString());
  ws.send(Buffer.from([1, 2, 3, 250]));
  m = await nextMessage(ws); console.log('binary', m.bin, m.d.toString('hex'));
  const large = 'L'.repeat(300000) + 'end';
  ws.send(large);
  m = await nextMessage(ws); console.log('large', m.d.length, m.d.toString().endsWith('Lend'));
  ws.send('frag-a', { fin: false }); ws.send('frag-b', { fin: false }); ws.send('frag-c', { fin: true });
  m = await nextMessage(ws); console.log('fragmented', m.d.toString());
  const pong = new Promise((resolve) => ws.once('pong', (d) => resolve(d.toString())));
  ws.ping('p1');
  console.log('pong', await pong);
  const plain = await open(url + '/echo', { perMessageDeflate: false });
  console.log('no-deflate extensions:', JSON.stringify(plain.extensions));
  plain.ping('abc');
  m = await nextMessage(plain); console.log(m.d.toString());
  const closed = new Promise((resolve) => plain.once('close', (code, reason) => resolve(code + ' ' + reason)));
  plain.send('close-me');
  console.log('server close', await closed);
  const t = await open(url + '/echo');
  const tClosed = new Promise((resolve) => t.once('close', (code) => resolve(code)));
  t.send('terminate');
  console.log('terminated', await tClosed);
  try { await open(url + '/echo', { headers: { 'x-deny': '1' } }); } catch (e) { console.log('denied:', e.message); }
  const cClosed = new Promise((resolve) => ws.once('close', (code, reason) => resolve(code + ' ' + reason)));
  ws.close(1000, 'client done');
  console.log('client close', await cClosed);

  // Broadcast: 200 clients each send one message; each client must receive all 200.
  const N = 200;
  const clients = [];
  for (let i = 0; i < N; i++) clients.push(open(url + '/broadcast'));
  const conns = await Promise.all(clients);
  console.log('connected', conns.length, broadcastWss.clients.size);
  const counts = new Array(N).fill(0);
  const done = new Promise((resolve) => {
    let finished = 0;
    conns.forEach((c, i) => c.on('message', () => { if (++counts[i] === N && ++finished === N) resolve(); }));
  });
  conns.forEach((c, i) => c.send('msg' + i));
  await done;
  console.log('broadcast all received', counts.every((n) => n === N), counts.reduce((a, b) => a + b, 0));
  await Promise.all(conns.map((c) => new Promise((resolve) => { c.once('close', resolve); c.close(); })));
  console.log('clients left', broadcastWss.clients.size);
  wss.close();
  broadcastWss.close();
  server.close(() => console.log('closed'));
});
