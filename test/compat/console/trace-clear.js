// console.trace writes 'Trace: <message>' then frames to stderr; console.clear is a no-op off a TTY.
const { Console } = require('console');
const err = [];
const c = new Console({ stdout: { write() {} }, stderr: { write(s) { err.push(s); } }, ignoreErrors: false });
c.trace('something %s', 'happened');
c.trace();
c.trace({ obj: 1 });
for (const chunk of err) {
  const lines = chunk.split('\n');
  console.log(JSON.stringify(lines[0]), /^\s+at /.test(lines[1] || ''));
}
const out = [];
new Console({ stdout: { write(s) { out.push(s); } }, ignoreErrors: false }).clear();
console.log(JSON.stringify(out));
console.clear();
console.log('after clear');
