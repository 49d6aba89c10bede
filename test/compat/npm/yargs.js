const yargs = require('yargs/yargs');
const argv = yargs(['--port', '8080', 'serve', '--verbose']).option('port', { type: 'number' }).command('serve', 'start').parseSync();
console.log(argv.port, argv._, argv.verbose);
