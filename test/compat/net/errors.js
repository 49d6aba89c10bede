// net argument validation and listen errors.
const net = require('net');
for (const port of [-1, 65536, 'abc', 1.5]) {
  try { net.connect({ port, host: '127.0.0.1' }); } catch (e) { console.log(e.code, e.message); }
}
try { net.createServer().listen({}); } catch (e) { console.log(e.code, e.message); }
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('1.2.3.4'), net.isIP(1));
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const b = net.createServer();
  b.on('error', (e) => {
    console.log('second listen:', e.code, e.syscall, e.message.replace(/:\d+$/, ':PORT'));
    a.close(() => console.log('closed'));
  });
  b.listen(a.address().port, '127.0.0.1');
});
const s = net.createServer();
s.close((err) => console.log('close not running:', err.code, err.message));
