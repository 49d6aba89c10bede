// socket.io server + socket.io-client: connect over polling+upgrade and websocket-only, events
// with acks (both directions), rooms, namespaces, middleware auth, binary payloads, broadcast
// to many clients, volatile/timeout acks and disconnect reasons.
const http = require('http');
const { Server } = require('socket.io');
const { io: connect } = require('socket.io-client');

const httpServer = http.createServer();
const io = new Server(httpServer, { pingInterval: 10000 });

io.on('connection', (socket) => {
  socket.on('echo', (msg, ack) => ack({ echoed: msg, transport: socket.conn.transport.name === 'websocket' || socket.conn.transport.name === 'polling' }));
  socket.on('join', (room, ack) => { socket.join(room); ack([...socket.rooms].filter((r) => r !== socket.id).sort()); });
  socket.on('leave', (room, ack) => { socket.leave(room); ack(io.sockets.adapter.rooms.get(room)?.size || 0); });
  socket.on('to-room', (room, msg) => io.to(room).emit('room-msg', room, msg));
  socket.on('others', (msg) => socket.broadcast.emit('from-other', msg));
  socket.on('binary', (buf, ack) => ack(Buffer.from(buf).reverse()));
  socket.on('ask-client', async (ack) => { const answer = await socket.emitWithAck('question', 6, 7); ack(answer); });
  socket.on('bye', () => socket.disconnect(true));
});

const admin = io.of('/admin');
admin.use((socket, next) => (socket.handshake.auth.token === 'secret' ? next() : next(new Error('not authorized'))));
admin.on('connection', (socket) => socket.emit('welcome', 'admin ' + socket.handshake.auth.token));

const wait = (emitter, ev) => new Promise((resolve) => emitter.once(ev, (...args) => resolve(args)));

httpServer.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${httpServer.address().port}`;
  const a = connect(url, { forceNew: true });
  await wait(a, 'connect');
  // starts on HTTP long-polling, then upgrades to websocket (the upgrade may already be done)
  if (a.io.engine.transport.name === 'polling') await wait(a.io.engine, 'upgrade');
  console.log('a connected', a.connected, a.io.engine.transport.name);
  console.log('echo', JSON.stringify(await a.emitWithAck('echo', { x: [1, 'two', null] })));
  const b = connect(url, { forceNew: true, transports: ['websocket'] });
  await wait(b, 'connect');
  console.log('b transport', b.io.engine.transport.name);
  console.log('a join', JSON.stringify(await a.emitWithAck('join', 'r1')));
  console.log('a join', JSON.stringify(await a.emitWithAck('join', 'r2')));
  console.log('b join', JSON.stringify(await b.emitWithAck('join', 'r1')));
  const gotA = wait(a, 'room-msg'); const gotB = wait(b, 'room-msg');
  b.emit('to-room', 'r1', 'hello r1');
  console.log('room a', JSON.stringify(await gotA), 'room b', JSON.stringify(await gotB));
  const onlyA = wait(a, 'room-msg');
  let bGotR2 = false; b.on('room-msg', (room) => { if (room === 'r2') bGotR2 = true; });
  b.emit('to-room', 'r2', 'only a');
  console.log('room r2', JSON.stringify(await onlyA), 'b got r2:', bGotR2);
  console.log('leave', await b.emitWithAck('leave', 'r1'));
  const other = wait(b, 'from-other');
  a.emit('others', 'broadcast from a');
  console.log('broadcast', JSON.stringify(await other));
  const bin = await a.emitWithAck('binary', Buffer.from([1, 2, 3, 4]));
  console.log('binary', Buffer.isBuffer(bin), Buffer.from(bin).toString('hex'));
  a.on('question', (x, y, ack) => ack(x * y));
  console.log('server->client ack', await a.emitWithAck('ask-client'));
  try { await b.timeout(50).emitWithAck('no-handler'); } catch (e) { console.log('ack timeout', e.message); }

  const p = connect(url, { forceNew: true, transports: ['polling'] });
  await wait(p, 'connect');
  console.log('polling', p.io.engine.transport.name, JSON.stringify(await p.emitWithAck('echo', 'x'.repeat(5000)).then((r) => r.echoed.length)));
  const pb = await p.emitWithAck('binary', Buffer.from('abc'));
  console.log('polling binary', Buffer.from(pb).toString());
  p.close();

  const bad = connect(url + '/admin', { forceNew: true, auth: { token: 'wrong' } });
  const [err] = await wait(bad, 'connect_error');
  console.log('admin rejected', err.message);
  bad.close();
  const good = connect(url + '/admin', { forceNew: true, auth: { token: 'secret' } });
  console.log('admin', JSON.stringify(await wait(good, 'welcome')));
  good.close();

  // Many clients: 50 websocket clients join one room and each receives one room message.
  const N = 50;
  const many = await Promise.all(Array.from({ length: N }, async () => {
    const c = connect(url, { forceNew: true, transports: ['websocket'] });
    await wait(c, 'connect');
    await c.emitWithAck('join', 'crowd');
    return c;
  }));
  console.log('crowd size', io.sockets.adapter.rooms.get('crowd').size);
  const received = Promise.all(many.map((c) => wait(c, 'room-msg')));
  a.emit('to-room', 'crowd', 'to everyone');
  const msgs = await received;
  console.log('crowd received', msgs.length, msgs.every(([room, m]) => room === 'crowd' && m === 'to everyone'));
  many.forEach((c) => c.close());

  const reason = wait(b, 'disconnect');
  b.emit('bye');
  console.log('b disconnect', (await reason)[0]);
  const aReason = wait(a, 'disconnect');
  a.close();
  console.log('a disconnect', (await aReason)[0]);
  io.close(() => console.log('closed'));
});
