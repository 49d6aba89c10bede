'use strict';
// http compat: server close event
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = http.createServer();
s.on('listening', () => console.log('listening', s.listening));
s.on('close', () => console.log('close', s.listening));
s.listen(0, '127.0.0.1', () => { s.close((err) => console.log('cb', err)); });
setTimeout(() => s.close((err) => console.log('second close', err.code, err.message)), 50);
})();
