// domain.bind and domain.intercept.
const domain = require('domain');
const d = domain.create();
d.on('error', (e) => console.log('caught', e.message, Object.keys(e), e.domainThrown, e.domain === d, typeof e.domainBound));
const bound = d.bind(function (x) {
  console.log('bound runs', x, this && this.tag, process.domain === d);
  if (x === 'throw') throw new Error('bound threw');
  return 'ret';
});
console.log(bound.call({ tag: 'T' }, 1), bound.domain === d);
const intercepted = d.intercept((a, b) => {
  console.log('intercepted', a, b, process.domain === d);
});
intercepted(null, 1, 2);
intercepted(new Error('intercepted error'), 3);
setTimeout(() => bound('throw'), 1);
setTimeout(() => console.log('done'), 10);
