'use strict';
// node:os is the same module; os.constants cannot be replaced.
const os = require('os');

console.log(require('node:os') === os);
try { os.constants = 1; } catch (err) { console.log(err.name); }
console.log(typeof os.constants);
try { os.EOL = 'x'; } catch (err) { console.log(err.name); }
console.log(JSON.stringify(os.EOL));
