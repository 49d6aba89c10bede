// The WebSocket global against a tiny RFC 6455 server on net: handshake, text and binary
// messages, fragmented frames, ping, clean close with code and reason.
const net = require('net');
const crypto = require('crypto');
function frame(opcode, payload, fin = true) {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([(fin ? 0x80 : 0) | opcode, len]) :
    Buffer.from([(fin ? 0x80 : 0) | opcode, 126, len >> 8, len & 0xff]);
  return Buffer.concat([head, payload]);
}
function unmask(buf) {
  const len = buf[1] & 0x7f;
  const mask = buf.subarray(2, 6);
  const data = Buffer.from(buf.subarray(6, 6 + len));
  for (let i = 0; i < data.length; i++) data[i] ^= mask[i & 3];
  return { opcode: buf[0] & 0x0f, data, rest: buf.subarray(6 + len) };
}
const server = net.createServer((sock) => {
  let buf = Buffer.alloc(0);
  let open = false;
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    if (!open) {
      const end = buf.indexOf('\r\n\r\n');
      if (end === -1) return;
      const req = buf.subarray(0, end).toString();
      const key = /Sec-WebSocket-Key: (.*)/i.exec(req)[1].trim();
      const proto = /Sec-WebSocket-Protocol: (.*)/i.exec(req)?.[1].trim().split(', ')[0];
      const accept = crypto.createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
      sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n${proto ? `Sec-WebSocket-Protocol: ${proto}\r\n` : ''}\r\n`);
      open = true;
      buf = buf.subarray(end + 4);
      sock.write(frame(0x9, Buffer.from('ping')));
      sock.write(frame(0x1, Buffer.from('hel'), false));
      sock.write(frame(0x0, Buffer.from('lo'), true));
    }
    while (buf.length >= 6) {
      const { opcode, data, rest } = unmask(buf);
      buf = rest;
      if (opcode === 0xA) console.log('server got pong', data.toString());
      else if (opcode === 0x1) sock.write(frame(0x1, Buffer.from(`echo:${data}`)));
      else if (opcode === 0x2) sock.write(frame(0x2, data.reverse()));
      else if (opcode === 0x8) {
        console.log('server got close', data.readUInt16BE(0), data.subarray(2).toString());
        sock.end(frame(0x8, data));
      }
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/path?x=1`, ['chat', 'other']);
  console.log(ws.readyState, ws.url.replace(/:\d+/, ':PORT'), ws.binaryType, WebSocket.OPEN);
  ws.binaryType = 'arraybuffer';
  let n = 0;
  ws.onopen = () => {
    console.log('open', ws.readyState, ws.protocol);
    ws.send('text');
    ws.send(new Uint8Array([1, 2, 3]));
  };
  ws.onmessage = (e) => {
    console.log('message', typeof e.data === 'string' ? e.data : [...new Uint8Array(e.data)]);
    if (++n === 3) ws.close(4000, 'done');
  };
  ws.addEventListener('close', (e) => {
    console.log('close', e.code, e.reason, e.wasClean, ws.readyState);
    server.close();
  });
  try { ws.send('too early'); } catch (e) { console.log(e.name, e.message); }
  try { new WebSocket('ftp://x'); } catch (e) { console.log(e.name); }
});
