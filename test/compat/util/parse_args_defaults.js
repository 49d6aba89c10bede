// util.parseArgs defaults fill only options that were not given; process.argv is the default.
const { parseArgs } = require('util');
const options = { s: { type: 'string', default: 'def' }, b: { type: 'boolean', default: true },
  m: { type: 'string', multiple: true, default: ['x', 'y'] }, n: { type: 'boolean' } };
console.log(JSON.stringify(parseArgs({ args: [], options }).values));
console.log(JSON.stringify(parseArgs({ args: ['--s', 'given', '--m', 'z', '--n'], options }).values));
console.log(JSON.stringify(parseArgs({ args: ['--b'], options }).values));
const saved = process.argv;
process.argv = [saved[0], 'script.js', '--s', 'fromArgv', 'pos'];
const r = parseArgs({ options, allowPositionals: true });
console.log(JSON.stringify(r.values), JSON.stringify(r.positionals));
process.argv = saved;
console.log(JSON.stringify(parseArgs({ args: ['--__proto__', '--toString'], strict: false }).values));
console.log(JSON.stringify(parseArgs({ strict: false, args: ['-abc', 'x'] })));
