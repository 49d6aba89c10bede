// util.parseArgs: long options, string values, positionals and multiple.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean' }, name: { type: 'string' }, tag: { type: 'string', multiple: true },
  flag: { type: 'boolean', multiple: true },
};
const run = (args, extra = {}) => {
  try {
    const r = parseArgs({ args, options, ...extra });
    console.log(JSON.stringify(args), JSON.stringify(r.values), JSON.stringify(r.positionals),
                Object.getPrototypeOf(r.values), Object.keys(r).join(','));
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, JSON.stringify(e.message));
  }
};
run([]);
run(['--verbose']);
run(['--name', 'alice']);
run(['--name=bob']);
run(['--name=']);
run(['--name=a=b']);
run(['--tag', 'a', '--tag=b', '--tag', 'c']);
run(['--flag', '--flag']);
run(['--verbose', '--verbose']);
run(['--name', 'x', '--name', 'y']);
run(['a', '--verbose', 'b'], { allowPositionals: true });
run(['--verbose', '--', '--name', 'x'], { allowPositionals: true });
run(['-'], { allowPositionals: true });
run(['--name', '-'], {});
run(['--name', '--']);
