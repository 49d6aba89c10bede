// resourceUsage keys and types.
const r = process.resourceUsage();
console.log(Object.keys(r).join('\n'));
console.log('all numbers', Object.values(r).every((v) => typeof v === 'number' && v >= 0));
console.log('maxRSS positive', r.maxRSS > 0);
