// util.inspect of errors with own properties, causes and aggregated errors.
const { inspect } = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
const f = '\n    at fn (file.js:1:1)';
const a = withStack(new Error('with code'), 'Error: with code' + f);
a.code = 'E_CODE';
a.details = { retry: false };
const b = withStack(new Error('outer', { cause: withStack(new Error('inner'), 'Error: inner' + f) }), 'Error: outer' + f);
const c = withStack(new Error('str cause', { cause: 'just a string' }), 'Error: str cause' + f);
const d = withStack(new AggregateError([withStack(new Error('one'), 'Error: one' + f), 'two'], 'many'), 'AggregateError: many' + f);
const e = withStack(new Error('sym'), 'Error: sym' + f);
e[Symbol('tag')] = 'symbol prop';
const g = withStack(new Error('msg in stack'), 'Error: msg in stack' + f);
g.message = 'msg in stack';
Object.defineProperty(g, 'message', { enumerable: true });
const h = withStack(new Error('cause undefined', { cause: undefined }), 'Error: cause undefined' + f);
const values = [a, b, c, d, e, g, h];
for (const v of values) console.log(inspect(v));
console.log(inspect({ nested: a }));
console.log(inspect(a, { compact: false }));
