// console.time/timeLog/timeEnd print '<label>: <duration>' (durations masked here).
const { Console } = require('console');
const out = [];
const c = new Console({ stdout: { write(s) { out.push(s); } }, ignoreErrors: false });
c.time();
c.timeLog();
c.timeLog(undefined, 'extra', { data: 1 });
c.timeEnd();
c.time('label');
c.timeLog('label', 42);
c.timeEnd('label');
c.time(123);
c.timeEnd(123);
c.time('%s');
c.timeEnd('%s');
const masked = out.map((line) => line.replace(/\d+(\.\d+)?(ms|s)\b/, '<T>'));
for (const line of masked) process.stdout.write(line);
console.log(out.length);
