// util.format: unknown specifiers, %% escapes, missing and extra arguments.
const { format } = require('util');
const cases = [
  [], ['plain'], ['%s'], ['%%'], ['%%', 'x'], ['%%s', 'x'], ['100%', 1], ['%', 1], ['a%', 'b'], ['%x', 1],
  ['%s %x %s', 1, 2], ['%s:%s', 'a'], ['%s:%s', 'a', 'b', 'c'], ['%d %d', 1], [1, 2, 3], [{ a: 1 }, 'x', 2],
  ['%s', '%s', 'inner'], [null, 'x'], [undefined], ['x', undefined, null], ['%%%s%%', 'mid'], ['%s%', 1], ['%%%'],
  ['no specifiers', { obj: true }, [1]], ['%s', { a: 1 }, { b: 2 }], [Symbol('first')], ['%j%j', 1, 2, 3],
  ['%-s', 1], ['%5d', 3], ['%S', 'upper'],
];
for (const c of cases) console.log(JSON.stringify(format(...c)));
