// diagnostics_channel: channels, subscribers, stores and tracing channels.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
console.log(Object.keys(dc));
const ch = dc.channel('app:req');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('app:req'), ch === dc.channel('app:req'), ch instanceof dc.Channel);
const sub = (msg, name) => console.log('got', msg, name);
dc.subscribe('app:req', sub);
console.log(ch.hasSubscribers, dc.hasSubscribers('app:req'));
ch.publish({ id: 1 });
console.log(dc.unsubscribe('app:req', sub), dc.unsubscribe('app:req', sub), ch.hasSubscribers);
const store = new AsyncLocalStorage();
ch.bindStore(store, (data) => ({ wrapped: data }));
console.log(ch.runStores({ id: 2 }, function (a) { return [store.getStore(), this.x, a]; }, { x: 'this' }, 'arg'));
const tc = dc.tracingChannel('work');
const events = [];
tc.subscribe({
  start: (c) => events.push(`start ${c.n}`), end: (c) => events.push(`end ${c.n}`),
  asyncStart: (c) => events.push(`asyncStart ${c.result}`), asyncEnd: () => events.push('asyncEnd'),
  error: (c) => events.push(`error ${c.error.message}`),
});
console.log(tc.traceSync((x) => x * 2, { n: 1 }, undefined, 21), events.splice(0));
try { tc.traceSync(() => { throw new Error('boom'); }, { n: 2 }); } catch (e) { console.log('threw', e.message, events.splice(0)); }
tc.tracePromise(async () => 'ok', { n: 3 }).then((v) => console.log('promise', v, events.splice(0)));
try { dc.channel(1); } catch (e) { console.log(e.code, e.message); }
