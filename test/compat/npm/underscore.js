const _ = require('underscore');
console.log(_.map([1, 2, 3], (x) => x * 2), _.uniq([1, 1, 2]), _.pluck([{ a: 1 }, { a: 2 }], 'a'), _.template('<%- x %>')({ x: '<b>' }));
