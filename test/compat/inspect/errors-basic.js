// util.inspect of errors: the stack is printed (stacks are fixed for determinism).
const { inspect } = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
const frames = '\n    at one (file.js:1:1)\n    at two (file.js:2:2)';
const values = [
  withStack(new Error('boom'), 'Error: boom' + frames),
  withStack(new TypeError('bad type'), 'TypeError: bad type' + frames),
  withStack(new RangeError('range'), 'RangeError: range' + frames),
  withStack(new SyntaxError('syn'), 'SyntaxError: syn'),
  withStack(new Error(''), 'Error' + frames),
  withStack(new Error('no frames'), 'Error: no frames'),
  withStack(new Error('custom'), 'completely custom stack'),
  withStack(new Error('empty'), ''),
  withStack(new EvalError('e'), 'EvalError: e' + frames),
  withStack(new URIError('u'), 'URIError: u' + frames),
];
for (const v of values) console.log(inspect(v));
console.log(inspect({ err: values[0] }));
console.log(inspect([values[1]]));
console.log(inspect({ a: { b: values[5] } }));
