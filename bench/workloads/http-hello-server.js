'use strict';
// HTTP hello-world server for bench/http.sh: answers every request with a 12-byte body and
// prints its port on stdout once listening.
const http = require('http');
const body = 'hello world\n';
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(body);
});
server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
process.on('SIGTERM', () => process.exit(0));
