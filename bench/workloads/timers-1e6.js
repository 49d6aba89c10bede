// 1e6 timers created (a spread of durations) and cleared, then 1e4 that fire.
const timers = [];
for (let i = 0; i < 1e6; i++) timers.push(setTimeout(() => { throw new Error('fired'); }, 1000 + (i % 100)));
for (const t of timers) clearTimeout(t);
let fired = 0;
for (let i = 0; i < 1e4; i++) setTimeout(() => { fired++; }, i % 10);
process.on('exit', () => { if (fired !== 1e4) throw new Error(`fired ${fired}`); });
