// readline over a Readable: line splitting (\n, \r\n, \r), last partial line, events, iteration.
const readline = require('readline');
const { Readable } = require('stream');
console.log(Object.keys(readline));
const rl = readline.createInterface({ input: Readable.from(['a\r\nb', '\n\nc\rd', '\ne']) });
console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('pause', () => console.log('pause'));
rl.on('close', async () => {
  console.log('close');
  const it = readline.createInterface({ input: Readable.from(['x\ny\n', 'z']), crlfDelay: Infinity });
  for await (const line of it) console.log('iter', line);
  console.log('iter done');
});
