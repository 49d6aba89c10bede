// uptime, memoryUsage, memoryUsage.rss.
const u = process.uptime();
console.log('uptime', typeof u, u >= 0 && u < 60, 'fractional type', Number.isFinite(u));
const m = process.memoryUsage();
console.log('memoryUsage keys', Object.keys(m).join(','));
console.log('all numbers', Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log('rss positive', m.rss > 0, 'heapUsed <= heapTotal', m.heapUsed <= m.heapTotal);
console.log('rss()', typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
