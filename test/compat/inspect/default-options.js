// inspect.defaultOptions changes the defaults of every later call.
const { inspect } = require('util');
console.log(inspect(inspect.defaultOptions));
const saved = { ...inspect.defaultOptions };
inspect.defaultOptions.depth = 0;
console.log(inspect({ a: { b: 1 } }));
inspect.defaultOptions = { breakLength: 20, depth: 2 };
console.log(inspect({ alpha: 1, beta: 2, gamma: 3 }));
console.log(inspect.defaultOptions.breakLength, inspect.defaultOptions.depth);
for (const bad of [null, 5, 'x', undefined]) {
  try {
    inspect.defaultOptions = bad;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
inspect.defaultOptions = saved;
console.log(inspect({ a: { b: { c: { d: 1 } } } }));
console.log(Object.keys(inspect.defaultOptions).join());
