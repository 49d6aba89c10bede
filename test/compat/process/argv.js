// process.argv shape when run with no extra arguments.
const path = require('path');
console.log('length', process.argv.length);
console.log('is array', Array.isArray(process.argv));
console.log('types', process.argv.map((a) => typeof a).join(','));
console.log('extra args', JSON.stringify(process.argv.slice(2)));
console.log('argv[0] === execPath', process.argv[0] === process.execPath);
console.log('argv[0] absolute', path.isAbsolute(process.argv[0]));
console.log('argv[1] absolute', path.isAbsolute(process.argv[1]));
console.log('argv[1] basename', path.basename(process.argv[1]));
console.log('argv[1] === __filename', process.argv[1] === __filename);
process.argv.push('pushed');
console.log('writable, length now', process.argv.length);
