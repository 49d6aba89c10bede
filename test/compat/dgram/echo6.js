// UDP over ::1 (udp6): address family, rinfo, ipv6Only.
const dgram = require('dgram');
const server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
server.bind(0, '::1', () => {
  const a = server.address();
  console.log(a.address, a.family);
  const client = dgram.createSocket('udp6');
  client.send('six', a.port, '::1');
  server.once('message', (m, r) => {
    console.log(m.toString(), r.address, r.family, r.size);
    client.close();
    server.close();
  });
});
