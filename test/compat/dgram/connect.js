// Connected UDP sockets: connect/remoteAddress/disconnect and the connected send forms.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  t('remote before', () => client.remoteAddress());
  t('disconnect before', () => client.disconnect());
  t('bad port', () => client.connect(0));
  t('bad port2', () => client.connect('x'));
  client.connect(port, '127.0.0.1', () => {
    console.log('connected');
    const r = client.remoteAddress();
    console.log(r.address, r.family, r.port === port);
    t('connect twice', () => client.connect(port));
    t('send with port', () => client.send('x', port));
    client.send('one', (err, n) => console.log('send1', err, n));
    client.send(Buffer.from('--two--'), 2, 3, (err, n) => console.log('send2', err, n));
  });
  let got = 0;
  server.on('message', (m) => {
    console.log('server', m.toString());
    if (++got === 2) {
      client.disconnect();
      t('remote after', () => client.remoteAddress());
      client.close();
      server.close();
    }
  });
});
