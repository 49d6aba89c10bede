'use strict';
// the DEP0094 warning is emitted once for multi-argument fail()
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('keys:', Object.keys(e).join(','));
    console.log('--');
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
for (let i = 0; i < 3; i++) {
  try { assert.fail(i, i + 1); } catch (e) { console.log(e.message, e.operator); }
}
try { assert.fail('single'); } catch (e) { console.log(e.message); }
setTimeout(() => console.log('done'), 10);
