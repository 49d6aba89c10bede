// perf_hooks: marks, measures, entries, errors, observers, histograms.
const ph = require('perf_hooks');
const { performance, PerformanceObserver, PerformanceMark } = ph;
console.log(Object.keys(ph));
console.log(performance === globalThis.performance, typeof performance.timeOrigin, typeof performance.now());
const t0 = performance.now();
console.log(performance.now() >= t0, performance.timeOrigin + t0 <= Date.now() + 1);
const m = performance.mark('a', { detail: { x: 1 } });
console.log(m.name, m.entryType, typeof m.startTime, m.duration, m.detail, m instanceof PerformanceMark);
performance.mark('b');
const ms = performance.measure('a-b', 'a', 'b');
console.log(ms.entryType, ms.name, ms.duration >= 0, ms.detail);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`), performance.getEntriesByType('mark').length, performance.getEntriesByName('a').length);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(performance.toJSON()));
console.log(Object.keys(m.toJSON()));
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
console.log(PerformanceObserver.supportedEntryTypes);
const h = ph.createHistogram();
h.record(5); h.record(10);
console.log(h.min, h.max, h.mean, h.count, h.percentile(50));
try { h.record(0); } catch (e) { console.log(e.code, e.message); }
const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => e.name));
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark'] });
performance.mark('seen1');
performance.mark('seen2');
const f = performance.timerify(function add(a, b) { return a + b; });
console.log(f(1, 2), f.name, f.length);
try { new PerformanceObserver(1); } catch (e) { console.log(e.code, e.message); }
