// util.parseArgs tokens: kind, name, rawName, index, value, inlineValue.
const { parseArgs } = require('util');
const options = { flag: { type: 'boolean', short: 'f' }, out: { type: 'string', short: 'o' } };
const show = (args, extra = {}) => {
  const { tokens } = parseArgs({ args, options, tokens: true, allowPositionals: true, ...extra });
  for (const t of tokens) console.log(JSON.stringify(Object.entries(t)));
  console.log('--');
};
show(['-f', '--out', 'file', 'pos', '--out=x', '-ofile2', '-fo', 'y']);
show(['--', '-f', 'x']);
show(['-ff', '--flag']);
show(['--unknown', '-u', '--u2=v'], { strict: false });
console.log(Object.keys(parseArgs({ args: [], tokens: false })).join(','));
