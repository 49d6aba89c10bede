// util.inspect of arguments objects, globals, namespaces-like and odd objects.
const { inspect } = require('util');
function args() { return arguments; }
console.log(inspect(args()));
console.log(inspect(args(1, 'two', [3])));
console.log(inspect(Object.freeze({ frozen: true })));
console.log(inspect(Object.seal([1, 2])));
console.log(inspect(new Error('x').constructor));
console.log(inspect(Object.prototype));
console.log(inspect(Array.prototype));
console.log(inspect(Map.prototype));
console.log(inspect(Function.prototype));
console.log(inspect(Object.create(Array.prototype)));
console.log(inspect({ toString() { return 'x'; } }));
console.log(inspect({ constructor: 'not a function' }));
console.log(inspect({ constructor: { name: 'Fake' } }));
console.log(inspect(Object.create({ constructor: function Named() {} })));
