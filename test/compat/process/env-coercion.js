// Values assigned to process.env are converted to strings.
const env = process.env;
const cases = [['NUM', 1], ['FLOAT', 1.5], ['UNDEF', undefined], ['NULL', null], ['TRUE', true], ['OBJ', {}],
  ['ARR', [1, 2]], ['EMPTY', ''], ['TOSTR', { toString() { return 'custom'; } }], ['NEG', -0], ['NAN', NaN]];
for (const [k, v] of cases) {
  env['CNODE_T_' + k] = v;
  const got = env['CNODE_T_' + k];
  console.log(k, typeof got, JSON.stringify(got));
}
try {
  env.CNODE_T_SYM = Symbol('s');
  console.log('symbol accepted');
} catch (e) {
  console.log('symbol', e.name, /symbol/i.test(e.message) ? 'mentions Symbol' : 'other message');
}
try {
  env.CNODE_T_BIG = 10n;
  console.log('bigint', JSON.stringify(env.CNODE_T_BIG));
} catch (e) {
  console.log('bigint', e.name);
}
