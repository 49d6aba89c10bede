// bind forms, EADDRINUSE, ERR_SOCKET_ALREADY_BOUND, exclusive/reuseAddr and socket options.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind({ port: 0, address: '127.0.0.1' }, () => {
  const port = a.address().port;
  try { a.bind(0); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log('ttl', a.setTTL(12), 'mttl', a.setMulticastTTL(3), 'loop', a.setMulticastLoopback(true));
  a.setBroadcast(true);
  console.log('recv>0', a.getRecvBufferSize() > 0, 'send>0', a.getSendBufferSize() > 0);
  a.setRecvBufferSize(65536);
  console.log('recv set', a.getRecvBufferSize() >= 65536);
  try { a.setTTL(1000); } catch (e) { console.log(e.code, e.syscall, e.message); }
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    console.log('b error', e.code, e.syscall, e.address, e.port === port, e.message === `bind EADDRINUSE 127.0.0.1:${port}`, Object.keys(e));
    b.close();
    const c = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    const d = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    c.bind(0, '127.0.0.1', () => {
      d.bind(c.address().port, '127.0.0.1', () => {
        console.log('reuseAddr shared', d.address().port === c.address().port);
        c.close(); d.close(); a.close();
      });
    });
  });
  b.bind(port, '127.0.0.1');
});
a.on('listening', () => console.log('listening event'));
