'use strict';
// assert.match and assert.doesNotMatch
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
show('match ok', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match non-string', () => assert.match(1, /x/));
show('match object', () => assert.match({ a: 1 }, /x/));
show('match message', () => assert.match('abc', /x/, 'custom'));
show('match error message', () => assert.match('abc', /x/, new TypeError('own')));
show('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch non-string', () => assert.doesNotMatch(null, /b/));
show('regexp not regexp', () => assert.match('abc', 'x'));
show('regexp missing', () => assert.match('a'));
show('doesNotMatch bad regexp', () => assert.doesNotMatch('a', {}));
show('long input', () => assert.match('x'.repeat(200), /y/));
show('flags', () => assert.match('ABC', /abc/i));
show('global lastIndex', () => { const r = /a/g; assert.match('a', r); assert.match('a', r); });
