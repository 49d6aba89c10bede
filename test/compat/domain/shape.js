// node:domain exports, Domain instances, nesting with enter/exit, and the capture-callback ban.
const domain = require('domain');
console.log(Object.keys(domain).join(), typeof domain.Domain, domain.create.length, domain.active, Array.isArray(domain._stack));
const d = domain.create();
console.log(Object.keys(d).join(), d instanceof require('events'), d instanceof domain.Domain, Array.isArray(d.members));
console.log(Object.getOwnPropertyNames(domain.Domain.prototype).sort().join());
const outer = domain.create();
const inner = domain.create();
outer.enter();
inner.enter();
console.log(domain._stack.length, process.domain === inner, domain.active === inner);
inner.exit();
console.log(domain._stack.length, process.domain === outer);
outer.exit();
console.log(domain._stack.length, process.domain);
outer.enter();
inner.enter();
outer.exit();
console.log('exit outer pops both', domain._stack.length);
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
