const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.groupBy(['one', 'two', 'three'], 'length'));
console.log(_.debounce.name, _.cloneDeep({ a: [{ b: 1 }] }), _.template('hi <%= name %>')({ name: 'cnode' }));
console.log(_.merge({ a: { b: 1 } }, { a: { c: 2 } }), _.sortBy([{ n: 3 }, { n: 1 }], 'n'), _.kebabCase('Foo Bar'));
