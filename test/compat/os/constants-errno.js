'use strict';
// os.constants.errno equals Node's table.
const os = require('os');

console.log(os.constants.errno, Object.isFrozen(os.constants.errno));
