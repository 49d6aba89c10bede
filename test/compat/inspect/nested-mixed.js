// util.inspect of realistic nested structures (config, records, trees).
const { inspect } = require('util');
const config = { name: 'app', version: '1.2.3', server: { host: 'localhost', port: 8080, tls: { enabled: false } },
  features: ['auth', 'cache', 'metrics'], limits: new Map([['rps', 100], ['burst', 20]]), tags: new Set(['a', 'b']) };
const records = Array.from({ length: 5 }, (_, i) => ({ id: i, name: `user${i}`, active: i % 2 === 0, scores: [i, i * 2, i * 3] }));
const tree = { value: 1, children: [{ value: 2, children: [{ value: 4, children: [] }] }, { value: 3, children: [] }] };
console.log(inspect(config));
console.log(inspect(records));
console.log(inspect(tree));
console.log(inspect(tree, { depth: Infinity }));
console.log(inspect({ config, records }, { depth: 1 }));
console.log(inspect([[['a', ['b', ['c']]]], { k: [{ k: [{ k: 1 }] }] }]));
