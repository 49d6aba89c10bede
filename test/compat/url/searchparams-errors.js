// URLSearchParams argument and receiver errors.
const { URL, URLSearchParams } = require('url');

const p = new URLSearchParams();
const calls = [() => p.append('a'), () => p.append(), () => p.delete(), () => p.get(), () => p.getAll(), () => p.has(), () => p.set('a'),
  () => p.forEach(), () => p.forEach('x'), () => URLSearchParams.prototype.get.call({}, 'a'), () => URLSearchParams.prototype.toString.call(1),
  () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}), () => p.keys().next.call({}), () => URLSearchParams.prototype.sort.call(null)];
for (const f of calls) { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } }
