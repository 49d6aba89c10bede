// process.argv0, execArgv and execPath.
const path = require('path');
console.log('typeof argv0', typeof process.argv0, process.argv0.length > 0);
console.log('execArgv', JSON.stringify(process.execArgv), Array.isArray(process.execArgv));
console.log('typeof execPath', typeof process.execPath, path.isAbsolute(process.execPath));
