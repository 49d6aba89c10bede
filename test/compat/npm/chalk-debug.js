process.env.FORCE_COLOR = '1';
const chalk = require('chalk');
console.log(JSON.stringify(chalk.red.bold('x')), chalk.level, JSON.stringify(chalk.hex('#ff0000')('y')));
process.env.DEBUG = 'app:*';
const debug = require('debug');
const log = debug('app:main');
console.log(log.enabled, debug('other').enabled, typeof log.extend);
