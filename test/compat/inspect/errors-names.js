// util.inspect adjusts the first stack line when name/class differ from it.
const { inspect } = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
const f = '\n    at fn (file.js:1:1)';
class MyError extends Error {}
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
const renamed = withStack(new Error('r'), 'Error: r' + f);
renamed.name = 'Renamed';
const typeRenamed = withStack(new TypeError('t'), 'TypeError: t' + f);
typeRenamed.name = 'OtherError';
const nullProto = withStack(new Error('np'), 'Error: np' + f);
Object.setPrototypeOf(nullProto, null);
const values = [
  withStack(new MyError('m'), 'Error: m' + f),
  withStack(new NamedError('n'), 'NamedError: n' + f),
  withStack(new NamedError('n'), 'Error: n' + f),
  renamed, typeRenamed, nullProto,
  withStack(new MyError('no frames'), 'Error: no frames'),
  withStack(new RangeError('x'), 'RangeError: x'),
];
for (const v of values) console.log(inspect(v));
const stackless = new Error('gone');
stackless.stack = undefined;
console.log(inspect(stackless));
const objStack = new Error('obj');
objStack.stack = { weird: true };
console.log(inspect(objStack));
