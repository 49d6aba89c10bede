const minimist = require('minimist');
const { Command } = require('commander');
console.log(minimist(['-x', '3', '--name=cnode', 'rest', '--no-color', '-abc']));
const program = new Command();
program.name('tool').option('-d, --debug', 'debug').option('-p, --port <n>', 'port', '80').argument('<file>');
program.exitOverride();
program.parse(['node', 'tool', '-d', '--port', '8080', 'input.txt']);
console.log(program.opts(), program.args);
try { program.parse(['node', 'tool', '--nope']); } catch (e) { console.log(e.code); }
