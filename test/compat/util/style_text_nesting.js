// util.styleText re-opens a style that inner text closed, except at the very end.
const { styleText } = require('util');
const o = { validateStream: false };
const s = (f, t) => styleText(f, t, o);
const cases = [
  ['red', `a${s('blue', 'b')}c`], ['bold', `a${s('dim', 'b')}c`], ['dim', 'a\x1b[22mb'],
  ['italic', 'a\x1b[23mb'], ['bgRed', `a${s('bgBlue', 'b')}c`], ['underline', `a${s('underline', 'b')}c`],
  ['red', 'a\x1b[39m'], ['red', 'a\x1b[39m\x1b[39m'], ['red', '\x1b[39ma'], ['bold', 'a\x1b[22m'],
  [['red', 'bold'], 'a\x1b[39mb\x1b[22mc'], [['bold', 'red'], `a${s('blue', 'b')}c${s('dim', 'd')}`],
  [['red', 'blue'], 'a\x1b[39mb'], ['red', 'a\x1b[0mb'],
];
for (const [f, t] of cases) console.log(JSON.stringify(f), JSON.stringify(styleText(f, t, o)));
