// AsyncResource: ids, runInAsyncScope, bind, and argument errors.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
let res;
als.run('scoped', () => { res = new AsyncResource('MyRes'); });
console.log(typeof res.asyncId(), res.asyncId() > 1, typeof res.triggerAsyncId());
console.log(res.runInAsyncScope(function (a, b) { return [this.v, a, b, als.getStore(), executionAsyncId() === res.asyncId()]; }, { v: 1 }, 2, 3));
const fn = res.bind(function (x) { return [x, als.getStore()]; });
console.log(fn(7), fn.length, fn.asyncResource === res);
const sb = AsyncResource.bind((a, b) => a + b);
console.log(sb(1, 2), sb.length);
console.log(typeof executionAsyncId(), typeof triggerAsyncId());
for (const bad of [undefined, 1, {}]) {
  try { new AsyncResource(bad); } catch (e) { console.log(e.code, e.message); }
}
try { res.bind(1); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(require('async_hooks')));
