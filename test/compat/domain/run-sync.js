// An error thrown synchronously inside domain.run() goes to the domain's 'error' listener; the
// rest of the main script is abandoned, like any uncaught exception.
const domain = require('domain');
const d = domain.create();
d.on('error', (e) => {
  console.log('caught', e.message, e.domain === d, e.domainThrown, Object.keys(e), process.domain === d, domain._stack.length);
  setTimeout(() => console.log('loop continues'), 1);
});
console.log('before', process.domain, domain.active);
const r = d.run((a, b) => {
  console.log('inside', process.domain === d, domain.active === d, domain._stack.length, a, b);
  return a + b;
}, 1, 2);
console.log('returned', r, process.domain, domain._stack.length);
d.run(() => {
  throw new Error('sync boom');
});
console.log('not reached');
