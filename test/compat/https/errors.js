'use strict';
// https.request argument errors and connection failures.
const https = require('https');

try {
  https.request('http://localhost/');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  https.request({ protocol: 'http:', host: 'localhost' });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const net = require('net');
const s = net.createServer();
s.listen(0, '127.0.0.1', () => {
  const { port } = s.address();
  s.close(() => {
    const req = https.get({ host: '127.0.0.1', port, agent: false });
    req.on('error', (err) => console.log('refused', err.code, err.syscall));
  });
});
