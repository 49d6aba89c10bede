'use strict';
// assert.ok messages for calls spanning several lines
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
show('open paren', () => assert.ok(
  typeof 123 === 'string'
));
show('operator', () => {
  assert.ok(1 === 2 &&
            3 === 4,
  );
});
show('trailing spaces', () => assert.ok(0 ||   
  0));
show('member on next line', () => {
  assert
    .ok(0);
});
show('two on a line', () => { assert.ok(1); assert.ok(0); });
show('or chain', () => assert.ok(0) || assert.ok(1));
