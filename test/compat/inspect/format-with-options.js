// util.formatWithOptions passes inspect options to every conversion.
const { formatWithOptions } = require('util');
const obj = { a: { b: { c: { d: 1 } } }, list: [1, 2, 3, 4] };
console.log(formatWithOptions({ depth: 0 }, obj));
console.log(formatWithOptions({ depth: Infinity }, '%O', obj));
console.log(formatWithOptions({ maxArrayLength: 1 }, 'x', obj));
console.log(JSON.stringify(formatWithOptions({ colors: true }, '%s %d %O', 'str', 5, { n: 1 })));
console.log(formatWithOptions({ compact: false }, '%s', obj));
console.log(formatWithOptions({ sorted: true }, { b: 1, a: 2 }));
console.log(formatWithOptions({}, 'plain %s', 'text'));
for (const bad of [null, 'str', 5, undefined]) {
  try {
    formatWithOptions(bad, 'x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
