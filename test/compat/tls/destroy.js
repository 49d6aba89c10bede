'use strict';
// Destroying TLS sockets: from the client, from the server, with an error, and writes after.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

(async () => {
  const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') });
  const port = await listen(server);

  // Client destroys once data arrived: the server sees end/close.
  await new Promise((resolve) => {
    server.once('secureConnection', (s) => {
      s.write('hi');
      s.on('end', () => console.log('1 server end'));
      s.on('close', (hadError) => {
        console.log('1 server close', hadError);
        resolve();
      });
      s.on('error', (err) => console.log('1 server error', err.code));
    });
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') });
    c.once('data', () => {
      c.destroy();
      console.log('1 client destroyed', c.destroyed, c.readyState);
    });
    c.on('close', (hadError) => console.log('1 client close', hadError));
  });

  // Server destroys: the client gets end + close.
  await new Promise((resolve) => {
    server.once('secureConnection', (s) => s.destroy());
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') });
    c.on('end', () => console.log('2 client end'));
    c.on('error', (err) => console.log('2 client error', err.code));
    c.on('close', (hadError) => {
      console.log('2 client close', hadError);
      resolve();
    });
    c.resume();
  });

  // destroy(err) emits the error and close(true).
  await new Promise((resolve) => {
    server.once('secureConnection', (s) => s.on('error', () => {}));
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') }, () => {
      c.destroy(new Error('boom'));
    });
    c.on('error', (err) => console.log('3 client error', err.message));
    c.on('close', (hadError) => {
      console.log('3 client close', hadError);
      c.write('after', (err) => {
        console.log('3 write after destroy', err && err.code);
        resolve();
      });
    });
  });

  // Destroy before the handshake finished.
  await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') });
    c.on('secureConnect', () => console.log('4 unexpected secureConnect'));
    c.on('close', (hadError) => {
      console.log('4 client close', hadError, c.authorized);
      resolve();
    });
    c.destroy();
  });
  await close(server);
  console.log('done');
})();
