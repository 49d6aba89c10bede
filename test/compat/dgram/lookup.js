// Custom lookup option and lookup errors routed to send callbacks / 'error'.
const dgram = require('dgram');
const calls = [];
const s = dgram.createSocket({
  type: 'udp4',
  lookup(host, family, cb) {
    calls.push(`${host}/${family}`);
    if (host === 'bad.example') return cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    cb(null, '127.0.0.1', 4);
  },
});
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  s.send('x', server.address().port, 'my.host', (err, n) => {
    console.log('send ok', err, n);
    s.send('y', server.address().port, 'bad.example', (err2) => {
      console.log('send err', err2.message, err2.code);
      console.log(calls.join(' '));
      s.close();
      server.close();
    });
  });
});
server.on('message', (m) => console.log('server got', m.toString()));
