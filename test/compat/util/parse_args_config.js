// util.parseArgs validates its configuration.
const { parseArgs } = require('util');
const configs = [
  { args: 'x' }, { args: [], strict: 1 }, { args: [], allowPositionals: 'yes' }, { args: [], tokens: 1 },
  { args: [], allowNegative: null }, { args: [], options: 1 }, { args: [], options: { a: 1 } },
  { args: [], options: { a: {} } }, { args: [], options: { a: { type: 'number' } } },
  { args: [], options: { a: { type: 'string', short: 'ab' } } }, { args: [], options: { a: { type: 'string', short: '' } } },
  { args: [], options: { a: { type: 'string', short: 1 } } }, { args: [], options: { a: { type: 'string', multiple: 1 } } },
  { args: [], options: { a: { type: 'string', default: 1 } } }, { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } },
  { args: [], options: { a: { type: 'string', multiple: true, default: ['x', 2] } } },
  { args: [], options: { a: { type: 'boolean', default: 'x' } } }, { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 'x'] } } },
  { args: [1] }, { args: [], options: { a: { type: 'boolean', short: 'a', default: true } } },
];
for (const c of configs) {
  try {
    console.log('ok', JSON.stringify(parseArgs(c)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
