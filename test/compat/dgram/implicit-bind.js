// send() on an unbound socket binds it implicitly; sends queued before bind completes keep order.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const seen = [];
server.on('message', (m) => {
  seen.push(m.toString());
  if (seen.length === 3) {
    console.log(seen.join(','));
    server.close();
    client.close();
  }
});
let client;
server.bind(0, '127.0.0.1', () => {
  client = dgram.createSocket('udp4');
  client.on('listening', () => console.log('client listening', client.address().address));
  const port = server.address().port;
  client.send('1', port, '127.0.0.1');
  client.send('2', port, '127.0.0.1');
  client.send('3', port, '127.0.0.1', (err) => console.log('third sent', err));
});
