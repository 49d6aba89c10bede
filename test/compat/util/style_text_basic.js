// util.styleText wraps text in ANSI codes when colors are not validated against a stream.
const { styleText } = require('util');
const o = { validateStream: false };
for (const f of ['red', 'bold', 'italic', 'underline', 'bgBlue', 'gray', 'grey', 'redBright',
  'bgWhiteBright', 'inverse', 'strikethrough', 'framed', 'overlined', 'reset', 'none', 'doubleunderline']) {
  console.log(f, JSON.stringify(styleText(f, 'x', o)));
}
console.log(JSON.stringify(styleText(['bold', 'red', 'bgYellow'], 'multi', o)));
console.log(JSON.stringify(styleText([], 'empty list', o)));
console.log(JSON.stringify(styleText('red', '', o)));
