// util.parseArgs strict-mode errors with Node's messages.
const { parseArgs } = require('util');
const options = { flag: { type: 'boolean', short: 'f' }, out: { type: 'string', short: 'o' },
  long: { type: 'string' } };
const cases = [
  [['--nope']], [['--nope'], { allowPositionals: true }], [['-n']], [['-fn']], [['pos']],
  [['--out']], [['-o']], [['--long']], [['--flag=1']], [['-o', '-f']], [['--out', '--flag']],
  [['--long', '-x']], [['--out', '-']], [['--nope=3']], [['x', 'y'], { strict: true }],
  [['--nope', 'x'], { strict: false }], [['--out'], { strict: false }], [['--flag=v'], { strict: false }],
];
for (const [args, extra = {}] of cases) {
  try {
    const r = parseArgs({ args, options, ...extra });
    console.log(JSON.stringify(args), 'ok', JSON.stringify(r.values), JSON.stringify(r.positionals));
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, JSON.stringify(e.message));
  }
}
