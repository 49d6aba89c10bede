// util.styleText colours only when the stream is a colour-capable TTY (stdout is a pipe here).
const { styleText } = require('util');
delete process.env.FORCE_COLOR;
delete process.env.NO_COLOR;
const tty = { isTTY: true, write() {}, on() {} };
const deep = { isTTY: true, getColorDepth() { return 8; }, write() {}, on() {} };
const flat = { isTTY: true, getColorDepth() { return 1; }, write() {}, on() {} };
const pipe = { isTTY: false, write() {}, on() {} };
const readable = { pipe() {}, on() {} };
console.log('stdout', JSON.stringify(styleText('red', 'x')));
console.log('stderr', JSON.stringify(styleText('red', 'x', { stream: process.stderr })));
for (const [n, stream] of [['tty', tty], ['deep', deep], ['flat', flat], ['pipe', pipe], ['readable', readable]]) {
  console.log(n, JSON.stringify(styleText(['bold', 'green'], 'x', { stream })));
}
process.env.FORCE_COLOR = '1';
console.log('force 1', JSON.stringify(styleText('red', 'x')));
process.env.FORCE_COLOR = '0';
console.log('force 0 tty', JSON.stringify(styleText('red', 'x', { stream: deep })));
process.env.FORCE_COLOR = '';
console.log('force empty', JSON.stringify(styleText('red', 'x')));
