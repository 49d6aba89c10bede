'use strict';
// http compat: validate exports
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
for (const n of ['x-ok', '', 'a b', 'a:b', 5, undefined, '!#$%&\'*+-.^_`|~']) {
  try { http.validateHeaderName(n); console.log('name ok', JSON.stringify(n)); } catch (e) { console.log(e.code, e.message); }
}
for (const v of ['ok', undefined, 'a\r\nb', 'x\u00ff', 'x\u0100', 12, '\t']) {
  try { http.validateHeaderValue('h', v); console.log('value ok', JSON.stringify(v)); } catch (e) { console.log(e.code, e.message); }
}
})();
