// util.parseArgs allowNegative: --no-<boolean> stores false.
const { parseArgs } = require('util');
const options = { color: { type: 'boolean', short: 'c' }, name: { type: 'string' },
  many: { type: 'boolean', multiple: true } };
const run = (args, extra = {}) => {
  try {
    const r = parseArgs({ args, options, allowNegative: true, tokens: true, ...extra });
    console.log(JSON.stringify(args), JSON.stringify(r.values), JSON.stringify(r.tokens.map((t) => [t.name, t.rawName, t.value])));
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, JSON.stringify(e.message));
  }
};
run(['--no-color']);
run(['--color', '--no-color']);
run(['--no-color', '--color']);
run(['--no-many', '--many', '--no-many']);
run(['--no-name']);
run(['--no-color=x']);
run(['--no-other']);
run(['--no-other'], { strict: false });
run(['--no-color'], { allowNegative: false });
run(['--no-'], { strict: false });
