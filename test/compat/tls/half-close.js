'use strict';
// allowHalfOpen over TLS: the client ends its side, the server still writes, then ends.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const log = [];
const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem'), allowHalfOpen: true },
                                (s) => {
                                  let got = '';
                                  s.on('data', (d) => { got += d; });
                                  s.on('end', () => {
                                    log.push(`server end got=${got} writable=${s.writable}`);
                                    s.write('late ');
                                    setTimeout(() => s.end('reply'), 20);
                                  });
                                  s.on('close', () => log.push('server socket close'));
                                });
listen(server).then((port) => {
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem'), allowHalfOpen: true }, () => {
    c.end('request');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('finish', () => log.push('client finish'));
  c.on('end', () => log.push(`client end got=${got} writableEnded=${c.writableEnded}`));
  c.on('close', () => {
    log.push('client close');
    server.close(() => {
      console.log(log.filter((l) => l !== 'server socket close').join('\n'));
    });
  });
});
