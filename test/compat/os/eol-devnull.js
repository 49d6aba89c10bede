'use strict';
// os.EOL and os.devNull values on this platform.
const os = require('os');

console.log(JSON.stringify(os.EOL), JSON.stringify(os.devNull), os.platform(), os.platform() === process.platform);
