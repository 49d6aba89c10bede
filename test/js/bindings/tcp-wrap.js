// Flags: --expose-internals
// tcp_wrap directly: bind/listen/connect, zero-copy reads, try-write results, shutdown, close.
const assert = require('assert');
const { internalBinding } = require('internal/test/binding');
const { TCP, constants } = internalBinding('tcp_wrap');
const events = [];
const server = new TCP(constants.SERVER);
assert.strictEqual(server.bind('127.0.0.1', 0), 0);
const addr = {};
assert.strictEqual(server.getsockname(addr), 0);
assert.strictEqual(addr.family, 'IPv4');
assert.strictEqual(server.bind('not an ip', 0) < 0, true);
server.onconnection = (status, client) => {
  assert.strictEqual(status, 0);
  assert.ok(client instanceof TCP);
  client.onread = (ab, n) => {
    if (n < 0) {
      events.push('server eof');
      client.close(() => server.close(() => events.push('server closed')));
      return;
    }
    assert.ok(ab instanceof ArrayBuffer);
    assert.strictEqual(ab.byteLength, n);
    const req = {};
    assert.strictEqual(client.writeUtf8String(req, Buffer.from(ab).toString().toUpperCase()), 0);
    assert.strictEqual(req.bytes, n);
  };
  assert.strictEqual(client.readStart(), 0);
};
assert.strictEqual(server.listen(16), 0);
const sock = new TCP(constants.SOCKET);
const req = {
  oncomplete(status, handle) {
    assert.strictEqual(status, 0);
    assert.strictEqual(handle, sock);
    sock.onread = (ab, n) => {
      if (n > 0) {
        events.push(`client got ${Buffer.from(ab)}`);
        sock.shutdown({ oncomplete(st) { events.push(`shutdown ${st}`); } });
      } else {
        sock.close(() => events.push('client closed'));
      }
    };
    sock.readStart();
    const w = {};
    assert.strictEqual(sock.writeBuffer(w, Buffer.from('ping')), 0);
    assert.strictEqual(w.async, false);
  },
};
assert.strictEqual(sock.connect(req, '127.0.0.1', addr.port), 0);
const refused = new TCP(constants.SOCKET);
refused.connect({ oncomplete(status) { events.push(`refused ${status < 0}`); refused.close(); } }, '127.0.0.1', 1);
process.on('exit', () => {
  assert.deepStrictEqual(events.sort(), ['client closed', 'client got PING', 'refused true',
    'server closed', 'server eof', 'shutdown 0'].sort());
});
