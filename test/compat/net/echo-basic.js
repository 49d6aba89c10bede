// A TCP echo round trip on 127.0.0.1: events, addresses, half-close, byte counts, ECONNREFUSED.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, typeof sock.remotePort);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { console.log('server got', JSON.stringify(d)); sock.write(d.toUpperCase()); });
  sock.on('end', () => { console.log('server: end'); sock.end('bye'); });
  sock.on('close', (hadError) => { console.log('server: sock close', hadError); server.close(() => console.log('server closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, typeof port);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client connected', c.remotePort === port);
    c.write('hello');
  });
  let got = '';
  c.on('data', (d) => { got += d; if (got === 'HELLO') c.end(); });
  c.on('end', () => console.log('client end', got));
  c.on('close', (e) => console.log('client close', e, c.bytesRead, c.bytesWritten));
});
const bad = net.connect(1, '127.0.0.1');
bad.on('error', (e) => console.log('error', e.code, e.message, e.syscall, e.address, e.port));
