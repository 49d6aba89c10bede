// question() and prompt() write to output; answers come from input.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false });
rl.question('Name? ', (answer) => {
  console.log('answer', JSON.stringify(answer));
  rl.setPrompt('$ ');
  console.log('prompt', rl.getPrompt());
  rl.prompt();
  rl.on('line', (l) => {
    console.log('line', l);
    rl.close();
  });
  input.write('next line\n');
});
input.write('cnode\n');
rl.on('close', () => console.log('closed, output was', JSON.stringify(written)));
