'use strict';
// assert.ok / assert() messages that quote the calling source
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
show('ok(0)', () => assert.ok(0));
show('assert(false)', () => assert(false));
show('ok(null)', () => assert.ok(null));
show('ok("")', () => assert.ok(''));
show('expression', () => assert.ok(typeof 123 === 'string'));
show('two args', () => assert.ok(0, undefined));
show('nested call', () => assert.ok([1, 2].includes(3)));
show('with comment', () => assert(0 /* c ) */ ));
show('template', () => assert.ok(`a${1}`.length === 7 && /x\)/.test('a)')));
show('computed', () => assert['ok'](0));
show('chained', () => assert.strict.ok(0));
const { ok } = assert;
show('destructured', () => ok(0));
show('call', () => ok.call(null, 0));
show('ternary', () => assert.ok('a' === 'b' ? 1 : 0, ));
show('truthy', () => assert.ok(1));
show('no args', () => assert.ok());
show('assert no args', () => assert());
show('message', () => assert.ok(false, 'custom'));
show('error message', () => assert.ok(false, new TypeError('own')));
