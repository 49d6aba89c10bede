'use strict';
// https.Agent: defaults, keep-alive socket reuse and naming; the global agent.
const https = require('https');
const http = require('http');
const { fixture } = require('../tls/fixtures/common');

const agent = new https.Agent({ keepAlive: true, ca: fixture('ca.pem') });
console.log(agent.defaultPort, agent.protocol, agent.maxCachedSessions, agent instanceof http.Agent);
console.log(https.globalAgent instanceof https.Agent, https.globalAgent.defaultPort,
            https.globalAgent.protocol);
console.log(typeof agent.getName({ host: 'a', port: 1 }),
            agent.getName({ host: 'a', port: 1 }) !== agent.getName({ host: 'a', port: 1, ca: 'x' }));

let connections = 0;
const server = https.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') },
                                  (req, res) => res.end(req.url));
server.on('secureConnection', () => connections++);

function get(path) {
  return new Promise((resolve) => {
    https.get({ host: 'localhost', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${body} reused=${res.req.reusedSocket}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/one'));
  console.log(await get('/two'));
  console.log(await get('/three'));
  console.log('connections', connections);
  agent.destroy();
  server.close(() => console.log('closed'));
});
