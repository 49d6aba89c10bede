// util.parseArgs: short options, groups and inline short values.
const { parseArgs } = require('util');
const options = {
  all: { type: 'boolean', short: 'a' }, bold: { type: 'boolean', short: 'b' },
  color: { type: 'string', short: 'c' }, depth: { type: 'string', short: 'd', multiple: true },
};
const run = (args, extra = {}) => {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, ...extra });
    console.log(JSON.stringify(args), JSON.stringify(r.values), JSON.stringify(r.positionals));
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, JSON.stringify(e.message));
  }
};
run(['-a']);
run(['-ab']);
run(['-abc', 'red']);
run(['-abcred']);
run(['-cred']);
run(['-c', 'red']);
run(['-c=red']);
run(['-c', '']);
run(['-d1', '-d', '2', '-ad3']);
run(['-ba', 'pos']);
run(['-az']);
run(['-x']);
run(['-ca']);
