// util.styleText argument validation: text, options.validateStream, stream, format.
const { styleText } = require('util');
const short = (m) => (m.length > 120 ? `${m.slice(0, 60)} ... ${m.slice(-50)}` : m);
const cases = [
  () => styleText('red', 5), () => styleText(5, 5), () => styleText('nope', 'x'),
  () => styleText(['bold', 'nope'], 'x'), () => styleText(['red', 5], 'x'), () => styleText(null, 'x'),
  () => styleText('red', 'x', { validateStream: 1 }), () => styleText('red', 'x', { stream: {} }),
  () => styleText('red', 'x', { stream: 5 }), () => styleText('nope', 'x', { stream: 5 }),
  () => styleText('red', 5, { stream: 5 }),   () => styleText('red', 'x', { stream: {}, validateStream: false }), () => styleText('red', 'x', 5),
  () => styleText('nope', 'x', { validateStream: false }),
];
for (const c of cases) {
  try {
    console.log('ok', JSON.stringify(c()));
  } catch (e) {
    console.log(e.name, e.code, short(e.message));
  }
}
