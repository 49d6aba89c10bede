'use strict';
// http compat: status codes methods
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
console.log(Object.keys(http.STATUS_CODES).length);
console.log(JSON.stringify(http.STATUS_CODES));
console.log(http.METHODS.length, http.METHODS.join(','));
console.log(http.maxHeaderSize);
console.log(typeof http.Agent, typeof http.ClientRequest, typeof http.IncomingMessage, typeof http.OutgoingMessage, typeof http.Server, typeof http.ServerResponse);
})();
