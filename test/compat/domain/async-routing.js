// Errors in callbacks scheduled inside a domain (nextTick, setTimeout, setImmediate, setInterval)
// are routed to it; process.domain is set inside those callbacks.
const domain = require('domain');
const d = domain.create();
const caught = [];
d.on('error', (e) => {
  caught.push(e.message);
  console.log('caught', e.message, e.domainThrown, e.domain === d);
});
d.run(() => {
  process.nextTick(() => {
    console.log('tick has domain', process.domain === d);
    throw new Error('from tick');
  });
  setTimeout(() => {
    console.log('timeout has domain', process.domain === d);
    throw new Error('from timeout');
  }, 40);
  setImmediate(() => {
    throw new Error('from immediate');
  });
  let n = 0;
  const iv = setInterval(() => {
    if (++n === 2) {
      clearInterval(iv);
      throw new Error('from interval');
    }
  }, 1);
});
setTimeout(() => {
  console.log('outside domain', process.domain === d);
  console.log(caught.sort().join(', '));
}, 100);
