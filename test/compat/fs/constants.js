// fs.constants and the top-level access constants.
const fs = require('fs');
console.log(JSON.stringify(fs.constants));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(fs.promises.constants === fs.constants, require('fs/promises').constants === fs.constants);
console.log(Object.isFrozen(fs.constants), Object.getPrototypeOf(fs.constants) === Object.prototype);
