// UDP echo over 127.0.0.1: message/rinfo, listening, close ordering, send forms in sequence.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), rinfo.address, rinfo.family, rinfo.size, Object.keys(rinfo));
  server.send(msg.toString().toUpperCase(), rinfo.port, rinfo.address);
});
server.on('listening', () => {
  const addr = server.address();
  console.log('listening', addr.address, addr.family, addr.port > 0, Object.keys(addr));
  const client = dgram.createSocket('udp4');
  const sends = [
    (cb) => client.send('hello', addr.port, '127.0.0.1', cb),
    (cb) => client.send(Buffer.from('xxworldxx'), 2, 5, addr.port, '127.0.0.1', cb),
    (cb) => client.send(['a', Buffer.from('b'), new Uint8Array([99])], addr.port, 'localhost', cb),
    (cb) => client.send('', addr.port, '127.0.0.1', cb),
    (cb) => client.send(new Uint16Array([0x4241]), addr.port, '127.0.0.1', cb),
  ];
  let i = 0;
  const next = () => {
    if (i === sends.length) {
      client.close(() => console.log('client closed'));
      server.close();
      return;
    }
    sends[i++]((err, n) => console.log('sent', i, err, n));
  };
  client.on('message', (msg, rinfo) => {
    console.log('client got', JSON.stringify(msg.toString()), rinfo.port === addr.port);
    next();
  });
  next();
});
server.on('close', () => console.log('server close'));
server.bind(0, '127.0.0.1', () => console.log('bind callback'));
